using Microsoft.AspNetCore.Mvc;
using Portal.Core.Security;
using Portal.Search.Services;

namespace Portal.Search.Controllers;

/// <summary>Each node's index and a rebuild, for administrators.</summary>
[Route("admin/search")]
[RequirePermission(SearchPermissionNames.ManageSearch)]
public sealed class SearchAdminController(SearchStatus status) : Portal.Core.Display.AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await status.ReadAsync(HttpContext.RequestAborted));

    /// <summary>The nodes' table alone, which the page fetches again while a node is busy.</summary>
    [HttpGet("status")]
    public async Task<IActionResult> Status()
    {
        Response.Headers.CacheControl = "no-store";
        return PartialView("_Status", await status.ReadAsync(HttpContext.RequestAborted));
    }

    /// <summary>Every node empties its index and builds it again from what is published.</summary>
    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild()
    {
        var task = await status.RequestRebuildAsync(HttpContext.RequestAborted);
        Notify($"Indekset bygges igen på alle servere (opgave {task}). Søgningen virker imens med det gamle indeks.");
        return RedirectToAction(nameof(Index));
    }
}
