using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Communication.Services;
using Portal.Contents;
using Portal.Contents.Following;
using Portal.Core.Caching;
using Portal.Core.Security;
using Portal.Med.Services;

namespace Portal.Communication.Controllers;

/// <summary>The stories: the list with its filters, an area's page, a story's page and its share kit.</summary>
[RequirePermission(CommunicationPermissionNames.ViewStories)]
public sealed class StoriesController(StoryPages pages) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("stories")]
    public async Task<IActionResult> Index(string? area, string? profession, string? tag, int page = 1)
    {
        // A value that cannot be read (a page that is not a number) is ignored, as a filter left empty.
        ModelState.Clear();
        return View(await pages.ListAsync(User, new StoryFilter(area, profession, tag, page)));
    }

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [FollowState("id")]
    [HttpGet("stories/areas/{id}")]
    public async Task<IActionResult> Area(string id, [FromServices] Follows follows, int page = 1)
    {
        ModelState.Clear();
        return await pages.AreaAsync(User, new StoryFilter(AreaId: id, Page: page)) is { } list
            ? View("Index", list with { IsFollowingArea = await follows.IsFollowingAsync(User, id) })
            : NotFound();
    }

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("stories/{id}")]
    public async Task<IActionResult> Show(string id) =>
        await pages.StoryAsync(User, id, FeedLinks.BaseUri(Request)) is { } story ? View(story) : NotFound();

    /// <summary>The share kit: for those who edit content, who post the stories on the channels.</summary>
    [RequirePermission(ContentPermissionNames.EditContent)]
    [HttpGet("stories/{id}/share")]
    public async Task<IActionResult> Share(string id) =>
        await pages.ShareAsync(User, id, FeedLinks.BaseUri(Request)) is { } kit ? View(kit) : NotFound();
}
