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
    ContentItem? Area);

/// <summary>A story's page; <paramref name="FromMeeting"/> is the meeting it was made from, when the reader may see it.</summary>
public sealed record StoryPageViewModel(StoryView Story, MeetingLink? FromMeeting = null);
