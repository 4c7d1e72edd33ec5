using Portal.Communication.Models;
using Portal.Communication.Services;
using Portal.Core.Content;
using Portal.Media.Models;

namespace Portal.Communication.ViewModels;

/// <summary>A story as lists and its page show it, with its main image when the reader may see it.</summary>
public sealed record StoryView(ContentItem Item, StoryPart Part, Attachment? Image, string AreaName)
{
    public string Id => Item.ContentItemId;

    public string Title => Item.DisplayText;
}

public sealed record StoryListViewModel(
    IReadOnlyList<StoryView> Stories,
    StoryFilter Filter,
    int PageCount,
    int Total,
    IReadOnlyList<ContentItem> Areas,
    IReadOnlyList<string> Professions,
    ContentItem? Area)
{
    /// <summary>On an area's page: the reader follows the area, so its stories are on their front page.</summary>
    public bool IsFollowingArea { get; init; }
}

/// <summary>The front page's story column: the newest, and the newest from the areas the reader follows.</summary>
public sealed record FrontPageStoriesViewModel(IReadOnlyList<StoryView> Latest, IReadOnlyList<StoryView> FromFollowedAreas, bool FollowsAreas);

/// <summary>
/// A story's page. <see cref="Url"/> and <see cref="ImageUrl"/> are absolute, for the Open Graph tags a
/// shared link is previewed from; <see cref="CanShare"/> shows the share kit's link to editors;
/// <see cref="FromMeeting"/> is the meeting the story was made from, when the reader may see it.
/// </summary>
public sealed record StoryPageViewModel(StoryView Story, string Url, string? ImageUrl, bool CanShare, MeetingLink? FromMeeting = null);

/// <summary>One channel of the share kit: the text saved for it (or empty) and how long it may be.</summary>
public sealed record ShareText(StoryChannel Channel, string Text, int Limit)
{
    public string Label => StoryChannels.Label(Channel);

    public string Id => $"share-{Channel}";
}

/// <summary>The share kit of a story: its absolute address and a text per channel to copy.</summary>
public sealed record ShareKitViewModel(StoryView Story, string Url, IReadOnlyList<ShareText> Texts);
