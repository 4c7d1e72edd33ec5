using System.Security.Claims;
using Portal.Communication.Models;
using Portal.Communication.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Media.Services;

namespace Portal.Communication.Services;

/// <summary>The read models of the story list, an area's page and a story's page.</summary>
public sealed class StoryPages(StoryQueries queries, IContentVisibility visibility, IMediaService media, MeetingStories meetings)
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

    public async Task<StoryPageViewModel?> StoryAsync(ClaimsPrincipal user, string id)
    {
        if (await queries.PublishedAsync(await visibility.KeysOfAsync(user), CommunicationTypes.Story, id) is not { } story)
        {
            return null;
        }

        var fromMeeting = story.Has(nameof(StoryFromMeetingPart)) ? await meetings.MeetingAsync(user, story.As<StoryFromMeetingPart>().MeetingId) : null;
        return new StoryPageViewModel((await ViewsAsync([story], await queries.AreasAsync()))[0], fromMeeting);
    }

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
