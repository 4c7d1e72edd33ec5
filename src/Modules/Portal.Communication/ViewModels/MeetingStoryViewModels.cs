using System.ComponentModel.DataAnnotations;
using Portal.Communication.Services;

namespace Portal.Communication.ViewModels;

/// <summary>What MED's item editor posts for this module's part, under the prefix <c>MeetingCommunicationPart</c>.</summary>
public sealed class MeetingCommunicationPartEditModel
{
    public bool IsCommunicationItem { get; set; }

    [StringLength(4_000, ErrorMessage = "Det aftalte budskab må højst være 4.000 tegn.")]
    public string? AgreedText { get; set; }
}

/// <summary>
/// On an agenda item's own page: what the committee agreed to communicate (once the minutes are
/// out), the story made of it as the reader may see it, and the button for those who may make one.
/// </summary>
public sealed record MeetingCommunicationViewModel(string AgendaItemId, IReadOnlyList<string> Paragraphs, StoryFromMeeting? Story, bool MayDraft);

/// <summary>In the story editor: the meeting and agenda item the story was made from, those the editor may read.</summary>
public sealed record StoryFromMeetingViewModel(MeetingLink? Meeting, string AgendaItemId, string? AgendaItemTitle);
