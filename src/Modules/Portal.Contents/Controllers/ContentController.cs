using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Services;
using Portal.Contents.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>Published content for employees, by id or by its address.</summary>
[RequirePermission("ViewContent")]
public sealed class ContentController(IContentManager contentManager, IContentDisplayManager display, AutorouteService routes) : Controller
{
    [HttpGet("content/{id}")]
    public async Task<IActionResult> Display(string id)
    {
        var item = await contentManager.GetAsync(id);
        return item is null ? NotFound() : await ShowAsync(item);
    }

    /// <summary>Any address not taken by the portal itself may be a page's address.</summary>
    [HttpGet("{**path}", Order = 1000)]
    public async Task<IActionResult> ByPath(string path)
    {
        var id = await routes.FindPublishedAsync(path.Trim('/').ToLowerInvariant());
        if (id is null || await contentManager.GetAsync(id) is not { } item)
        {
            return NotFound();
        }

        return await ShowAsync(item);
    }

    private async Task<IActionResult> ShowAsync(ContentItem item) =>
        View("Display", new ContentDisplayViewModel { Shape = await display.BuildDisplayAsync(item) });
}
