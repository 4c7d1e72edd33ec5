using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>The front page: what was published most recently.</summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class HomeController(PortalDbContext db, IContentDefinitionManager definitions, IContentVisibility visibility) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var types = (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable).Select(t => t.Name).ToList();
        var published = db.ContentItems.AsNoTracking().Where(c => c.Published && types.Contains(c.ContentType));
        var latest = await visibility.Readable(published, await visibility.KeysOfAsync(User))
            .OrderByDescending(c => c.PublishedUtc)
            .Take(10)
            .Select(c => new ViewModels.PublishedItem(c.ContentItemId, c.DisplayText, c.PublishedUtc))
            .ToListAsync();
        return View(latest);
    }
}
