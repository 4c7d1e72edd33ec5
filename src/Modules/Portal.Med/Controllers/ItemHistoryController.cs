using Microsoft.AspNetCore.Mvc;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

/// <summary>An agenda item's history: its versions, two of them compared, an older one restored.</summary>
[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class ItemHistoryController(ItemHistory history) : Controller
{
    [HttpGet("items/{id}/history")]
    public async Task<IActionResult> Index(string id)
    {
        var access = await history.AccessAsync(User, id);
        if (access.Latest is not { } latest)
        {
            return Refused(access);
        }

        return View(new ItemHistoryViewModel(latest, await history.VersionsAsync(User, id)));
    }

    /// <summary>Two versions side by side: by default the latest and the one before it.</summary>
    [HttpGet("items/{id}/history/compare")]
    public async Task<IActionResult> Compare(string id, string? from, string? to)
    {
        var access = await history.AccessAsync(User, id);
        if (access.Latest is not { } latest)
        {
            return Refused(access);
        }

        var versions = await history.VersionsAsync(User, id);
        var right = versions.FirstOrDefault(v => v.ContentItemVersionId == to) ?? latest;
        var left = versions.FirstOrDefault(v => v.ContentItemVersionId == from)
            ?? versions.FirstOrDefault(v => v.Number < right.Number)
            ?? right;
        return View(new ItemCompareViewModel(latest, left, right, await history.CompareAsync(left, right), versions));
    }

    [HttpPost("items/{id}/history/{versionId}/restore")]
    public async Task<IActionResult> Restore(string id, string versionId, Guid concurrencyStamp)
    {
        var access = await history.AccessAsync(User, id);
        if (access.Latest is not { } latest)
        {
            return Refused(access);
        }

        var result = await history.RestoreAsync(User, latest, versionId, concurrencyStamp);
        if (!result.Found)
        {
            return NotFound();
        }

        Notifications.Write(TempData, result.Message, result.Kind);
        return Redirect($"/items/{id}/history");
    }

    private IActionResult Refused(ItemHistoryAccess access) =>
        access.Status == ItemHistoryAccessStatus.NotFound ? NotFound() : Forbid();
}
