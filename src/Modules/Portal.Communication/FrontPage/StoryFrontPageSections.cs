using Portal.Communication.Services;
using Portal.Communication.ViewModels;
using Portal.Contents.Following;
using Portal.Contents.FrontPage;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Communication.FrontPage;

/// <summary>
/// The featured stories across the top of the employee front page. A story planned for later is
/// not published, so it is not here (nor anywhere) until its time.
/// </summary>
internal sealed class FeaturedStoriesSection(FrontPageStories stories) : IFrontPageSection
{
    public async Task<FrontPageBlock?> BuildAsync(FrontPageContext context) =>
        await stories.MayReadAsync(context) && await stories.FeaturedAsync(context) is { Count: > 0 } featured
            ? new FrontPageBlock("FrontPage/_FeaturedStories", await stories.ViewsAsync(featured), FrontPageColumn.Lead, 10)
            : null;
}

/// <summary>The newest stories (those not featured above), and the newest from the areas the reader follows.</summary>
internal sealed class LatestStoriesSection(FrontPageStories stories, StoryQueries queries, Follows follows) : IFrontPageSection
{
    private const int Latest = 6;
    private const int FromFollowedAreas = 4;

    public async Task<FrontPageBlock?> BuildAsync(FrontPageContext context)
    {
        if (!await stories.MayReadAsync(context))
        {
            return null;
        }

        var featured = (await stories.FeaturedAsync(context)).Select(s => s.ContentItemId).ToList();
        var latest = await queries.NewestAsync(context.Keys, rows => rows.Where(s => !featured.Contains(s.ContentItemId)), Latest);
        var areaIds = await follows.FollowedAsync(context.User, CommunicationTypes.StoryArea);
        var fromAreas = areaIds.Count == 0 ? [] : await queries.NewestAsync(context.Keys, rows => rows.Where(s => areaIds.Contains(s.AreaId)), FromFollowedAreas);
        return new FrontPageBlock(
            "FrontPage/_LatestStories",
            new FrontPageStoriesViewModel(await stories.ViewsAsync(latest), await stories.ViewsAsync(fromAreas), FollowsAreas: areaIds.Count > 0),
            FrontPageColumn.Main,
            10);
    }
}

/// <summary>What the two story sections share: the permission, the featured stories (read once per page), the story views.</summary>
internal sealed class FrontPageStories(StoryQueries queries, StoryPages pages, IPermissionService permissions)
{
    private const int Featured = 3;
    private IReadOnlyList<ContentItem>? _featured;

    public Task<bool> MayReadAsync(FrontPageContext context) => permissions.HasAsync(context.User, Permissions.ViewStories);

    public async Task<IReadOnlyList<ContentItem>> FeaturedAsync(FrontPageContext context) =>
        _featured ??= await queries.NewestAsync(context.Keys, rows => rows.Where(s => s.Featured), Featured);

    public Task<IReadOnlyList<StoryView>> ViewsAsync(IReadOnlyList<ContentItem> stories) => pages.ViewsAsync(stories);
}
