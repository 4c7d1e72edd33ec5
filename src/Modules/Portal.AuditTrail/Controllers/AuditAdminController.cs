using Microsoft.AspNetCore.Mvc;
using Portal.AuditTrail.Services;
using Portal.AuditTrail.ViewModels;
using Portal.Core.Display;
using Portal.Core.Security;

namespace Portal.AuditTrail.Controllers;

/// <summary>Every record, filtered; read only: there is no route that changes or deletes one.</summary>
[Route("admin/audit")]
[RequirePermission(AuditPermissionNames.ViewAuditTrail)]
public sealed class AuditAdminController(AuditLog log, TimeProvider clock) : AdminController
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? user, string? item, string? kind, DateOnly? from, DateOnly? to, int page = 1)
    {
        var filter = new AuditFilter(user, item, kind, from, to);
        return View(new AuditListViewModel(filter, await log.PageAsync(User, filter, page, PageSize)));
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string? user, string? item, string? kind, DateOnly? from, DateOnly? to)
    {
        var rows = await log.ExportAsync(User, new AuditFilter(user, item, kind, from, to));
        var day = DanishClock.Day(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(AuditCsv.Write(rows), "text/csv; charset=utf-8", $"historik-{day}.csv");
    }
}
