using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>The front page: what was published most recently.</summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class HomeController(IContentDefinitionManager definitions, IContentVisibility visibility) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var types = (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable).Select(t => t.Name).ToList();
        var latest = await visibility.Versions(await visibility.KeysOfAsync(User))
            .Where(c => c.Published && types.Contains(c.ContentType))
            .OrderByDescending(c => c.PublishedUtc)
            .Take(10)
            .Select(c => new ViewModels.PublishedItem(c.ContentItemId, c.DisplayText, c.PublishedUtc))
            .ToListAsync();
        return View(latest);
    }
}
