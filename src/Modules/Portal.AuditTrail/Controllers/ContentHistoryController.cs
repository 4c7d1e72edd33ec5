using Microsoft.AspNetCore.Mvc;
using Portal.AuditTrail.Services;
using Portal.AuditTrail.ViewModels;
using Portal.Contents;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Display;
using Portal.Core.Security;

namespace Portal.AuditTrail.Controllers;

/// <summary>An item's whole history, for those who may edit it (the editor shows the newest records).</summary>
[Route("admin/contents/{id}/history")]
[RequirePermission(ContentPermissionNames.EditContent)]
public sealed class ContentHistoryController(AuditLog log, IContentVisibility visibility) : AdminController
{
    private const int Limit = 1000;

    [HttpGet("")]
    public async Task<IActionResult> Index(string id)
    {
        if (await visibility.ReadAsync(User, id, VersionOptions.Latest) is not { } latest)
        {
            return NotFound();
        }

        var (rows, total) = await log.ForItemAsync(User, id, Limit);
        return View(new ItemHistoryViewModel(id, latest.DisplayText, rows, total));
    }
}
