using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Contents.Services;
using Portal.Contents.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>
/// Published content of the listable types for employees, by id or by its address. Other types
/// belong to the modules that define them and are shown by those modules.
/// </summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class ContentController(
    IContentDisplayManager display,
    IContentDefinitionManager definitions,
    IContentVisibility visibility,
    AutorouteService routes) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("content/{id}")]
    public async Task<IActionResult> Display(string id)
    {
        var item = await visibility.ReadAsync(User, id);
        return item is null ? NotFound() : await ShowAsync(item);
    }

    /// <summary>Any address not taken by the portal itself may be a page's address.</summary>
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("{**path}", Order = 1000)]
    public async Task<IActionResult> ByPath(string path)
    {
        var id = await routes.FindPublishedAsync(path.Trim('/').ToLowerInvariant());
        if (id is null || await visibility.ReadAsync(User, id) is not { } item)
        {
            return NotFound();
        }

        return await ShowAsync(item);
    }

    private async Task<IActionResult> ShowAsync(ContentItem item)
    {
        if (await definitions.GetTypeDefinitionAsync(item.ContentType) is not { Settings.Listable: true })
        {
            return NotFound();
        }

        return View("Display", new ContentDisplayViewModel { Shape = await display.BuildDisplayAsync(item) });
    }
}
