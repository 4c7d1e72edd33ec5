using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Following;
using Portal.Contents.FrontPage;
using Portal.Contents.ViewModels;
using Portal.Core.Caching;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>
/// The employee front page: the sections the modules contribute (stories, the reader's committees,
/// decisions), or, with none, what was published most recently. Cached per reader keys and per what
/// the reader follows.
/// </summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class HomeController(IEnumerable<IFrontPageSection> sections, IContentDefinitionManager definitions, IContentVisibility visibility) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [FollowState]
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var context = new FrontPageContext(User, await visibility.KeysOfAsync(User));
        var blocks = new List<FrontPageBlock>();

        // One after the other: they share the request's database context.
        foreach (var section in sections)
        {
            if (await section.BuildAsync(context) is { } block)
            {
                blocks.Add(block);
            }
        }

        return View(new FrontPageViewModel([.. blocks.OrderBy(b => b.Position)], blocks.Count == 0 ? await LatestAsync(context.Keys) : []));
    }

    private async Task<IReadOnlyList<PublishedItem>> LatestAsync(IReadOnlySet<string> keys)
    {
        var types = (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable).Select(t => t.Name).ToList();
        return await visibility.Versions(keys)
            .Where(c => c.Published && types.Contains(c.ContentType))
            .OrderByDescending(c => c.PublishedUtc)
            .Take(10)
            .Select(c => new PublishedItem(c.ContentItemId, c.DisplayText, c.PublishedUtc))
            .ToListAsync();
    }
}
