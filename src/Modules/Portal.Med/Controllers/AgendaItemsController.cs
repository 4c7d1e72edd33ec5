using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Security;
using Portal.Med.Services;

namespace Portal.Med.Controllers;

[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class AgendaItemsController(MedPages pages) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("items/{id}")]
    public async Task<IActionResult> Show(string id) =>
        await pages.ItemAsync(User, id) is { } page ? View(page) : NotFound();
}
