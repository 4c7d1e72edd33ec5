using System.Security.Claims;
using Portal.Communication.Models;
using Portal.Communication.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Media.Services;

namespace Portal.Communication.Services;

/// <summary>The read models of the story list, an area's page, a story's page and its share kit.</summary>
public sealed class StoryPages(StoryQueries queries, IContentVisibility visibility, IMediaService media, IPermissionService permissions, MeetingStories meetings)
{
    public async Task<StoryListViewModel> ListAsync(ClaimsPrincipal user, StoryFilter filter, ContentItem? area = null)
    {
        var keys = await visibility.KeysOfAsync(user);
        var areas = await queries.AreasAsync();
        var page = await queries.StoriesAsync(keys, filter);
        return new StoryListViewModel(
            await ViewsAsync(page.Stories, areas),
            filter with { Page = page.Page },
            page.PageCount,
            page.Total,
            areas,
            await queries.ProfessionsAsync(keys),
            area);
    }

    /// <summary>An area's page: its description and its stories (that pass the rest of the filter). Null when there is no such published area.</summary>
    public async Task<StoryListViewModel?> AreaAsync(ClaimsPrincipal user, StoryFilter filter)
    {
        var area = string.IsNullOrEmpty(filter.AreaId) ? null : await queries.PublishedAsync(await visibility.KeysOfAsync(user), CommunicationTypes.StoryArea, filter.AreaId);
        return area is null ? null : await ListAsync(user, filter, area);
    }

    /// <summary>A story's page, its addresses absolute under <paramref name="baseUri"/> (the site's address, ending in "/").</summary>
    public async Task<StoryPageViewModel?> StoryAsync(ClaimsPrincipal user, string id, Uri baseUri)
    {
        if (await ViewAsync(user, id) is not { } story)
        {
            return null;
        }

        var fromMeeting = story.Item.Has(nameof(StoryFromMeetingPart)) ? await meetings.MeetingAsync(user, story.Item.As<StoryFromMeetingPart>().MeetingId) : null;
        return new StoryPageViewModel(
            story,
            UrlOf(story, baseUri),
            story.Image is { } image ? new Uri(baseUri, MediaUrls.For(image, OpenGraphImageWidth).TrimStart('/')).AbsoluteUri : null,
            await permissions.HasAsync(user, Portal.Contents.Permissions.EditContent),
            fromMeeting);
    }

    /// <summary>Stories as lists show them: with their image and their area's name.</summary>
    public async Task<IReadOnlyList<StoryView>> ViewsAsync(IReadOnlyList<ContentItem> stories) =>
        stories.Count == 0 ? [] : await ViewsAsync(stories, await queries.AreasAsync());
    /// <summary>
    /// The share kit: a text for every channel the story goes to or has a text for (every channel when
    /// it has neither), with each channel's limit. Null when the story is not published or not the user's to see.
    /// </summary>
    public async Task<ShareKitViewModel?> ShareAsync(ClaimsPrincipal user, string id, Uri baseUri)
    {
        if (await ViewAsync(user, id) is not { } story)
        {
            return null;
        }

        var channels = StoryChannels.All.Where(c => story.Part.Channels.Contains(c) || story.Part.ShareTexts.ContainsKey(c)).ToList();
        return new ShareKitViewModel(
            story,
            UrlOf(story, baseUri),
            [.. (channels.Count == 0 ? StoryChannels.All : channels).Select(c => new ShareText(c, story.Part.ShareTexts.GetValueOrDefault(c, ""), StoryChannels.ShareLimit(c)))]);
    }

    /// <summary>The width of the image a shared link is previewed with (the largest the media library makes).</summary>
    public const int OpenGraphImageWidth = 1600;

    private static string UrlOf(StoryView story, Uri baseUri) => new Uri(baseUri, $"stories/{Uri.EscapeDataString(story.Id)}").AbsoluteUri;

    private async Task<StoryView?> ViewAsync(ClaimsPrincipal user, string id) =>
        await queries.PublishedAsync(await visibility.KeysOfAsync(user), CommunicationTypes.Story, id) is { } story
            ? (await ViewsAsync([story], await queries.AreasAsync()))[0]
            : null;

    private async Task<IReadOnlyList<StoryView>> ViewsAsync(IReadOnlyList<ContentItem> stories, IReadOnlyList<ContentItem> areas)
    {
        var images = await media.FindManyAsync([.. stories.Select(s => s.As<StoryPart>().ImageId).Where(i => i.Length > 0).Distinct()]);
        var names = areas.ToDictionary(a => a.ContentItemId, a => a.DisplayText);
        return
        [
            .. stories.Select(s =>
            {
                var part = s.As<StoryPart>();
                return new StoryView(s, part, images.GetValueOrDefault(part.ImageId), names.GetValueOrDefault(part.AreaId, ""));
            }),
        ];
    }
}
