using Portal.Core.Display;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using Portal.Communication.Models;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Med;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Communication.Services;

public enum StoryDraftStatus
{
    Created,
    Existing,
    NotFound,
    Forbidden,
    Refused,
}

/// <summary>What became of a request for a story draft: the story made or found, or why nothing was.</summary>
public sealed record StoryDraftResult(StoryDraftStatus Status, string? StoryId = null, string? Message = null)
{
    public static StoryDraftResult Refused(string message) => new(StoryDraftStatus.Refused, null, message);
}

/// <summary>
/// The use case "make a story draft from the meeting's communication": what a committee agreed
/// under its standing item "Kommunikation fra mødet" becomes a story draft, linked both ways with
/// the meeting, for an editor to finish and publish. Only those who may edit stories may ask; only
/// an open item every employee may read, on a meeting whose minutes are published, becomes a story,
/// and an item makes at most one.
/// </summary>
public sealed class MeetingStoryDrafting(IContentVisibility visibility, IContentManager content, MeetingStories stories, StoryQueries storyQueries)
{
    public const string Closed = "Punktet er lukket, og lukkede punkter bliver aldrig til historier. Intet er oprettet.";
    public const string NotPublic = "Punktet kan ikke læses af alle medarbejdere endnu (det er fx delt i fortrolighed), så der kan ikke laves en historie af det. Intet er oprettet.";
    public const string NoMinutes = "Referatet fra mødet er ikke offentliggjort endnu. Historien laves ud fra det, udvalget aftalte, så vent til referatet er ude. Intet er oprettet.";
    public const string NotCommunicationItem = "Punktet er ikke markeret som mødets 'Kommunikation fra mødet'. Intet er oprettet.";
    public const string NothingAgreed = "Der står ikke, hvad udvalget aftalte at kommunikere. Skriv det aftalte budskab på punktet først. Intet er oprettet.";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public async Task<StoryDraftResult> DraftAsync(ClaimsPrincipal user, string agendaItemId)
    {
        if (!await stories.MayEditStoriesAsync(user))
        {
            return new(StoryDraftStatus.Forbidden);
        }

        var keys = await visibility.KeysOfAsync(user);
        if (await visibility.GetAsync(user, agendaItemId, VersionOptions.Published, MedTypes.AgendaItem) is not { } visible)
        {
            return new(StoryDraftStatus.NotFound);
        }

        var item = visible.Item.As<AgendaItemPart>();
        if (item.IsClosed)
        {
            return StoryDraftResult.Refused(Closed);
        }

        // What every employee may read and nothing more: an item shared in confidence, or on an
        // agenda not yet published, would reach every editor through the draft.
        var everyone = await visibility.GetManyAsync(PrincipalKeys.EveryoneOnly, [agendaItemId], VersionOptions.Published, MedTypes.AgendaItem);
        if (visible.IsRedacted || everyone.GetValueOrDefault(agendaItemId) is not { IsRedacted: false })
        {
            return StoryDraftResult.Refused(NotPublic);
        }

        if (await visibility.ReadAsync(user, item.MeetingId, VersionOptions.Published, MedTypes.Meeting) is not { } meeting)
        {
            return new(StoryDraftStatus.NotFound);
        }

        var meetingPart = meeting.As<MeetingPart>();
        if (meetingPart.Status != MeetingStatus.MinutesPublished)
        {
            return StoryDraftResult.Refused(NoMinutes);
        }

        var communication = visible.Item.As<MeetingCommunicationPart>();
        if (!communication.IsCommunicationItem)
        {
            return StoryDraftResult.Refused(NotCommunicationItem);
        }

        var paragraphs = communication.Paragraphs();
        if (paragraphs.Count == 0)
        {
            return StoryDraftResult.Refused(NothingAgreed);
        }

        if (await stories.OfAgendaItemAsync(keys, agendaItemId) is { } existing)
        {
            return new(StoryDraftStatus.Existing, existing.StoryId);
        }

        var committee = await visibility.ReadAsync(user, meetingPart.CommitteeId, VersionOptions.Published, MedTypes.Committee);
        var committeeName = committee?.DisplayText ?? "";
        var story = await content.NewAsync(CommunicationTypes.Story);
        var title = $"Nyt fra {committeeName} {DanishClock.Day(meetingPart.StartsUtc).ToString("d. MMMM yyyy", Danish)}".Replace("  ", " ", StringComparison.Ordinal);
        story.Apply(new TitlePart { Title = title });
        story.Apply(new StoryPart
        {
            Lead = paragraphs[0],
            Body = string.Concat(paragraphs.Skip(1).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")),
            AreaId = await AreaOfAsync(committeeName),
            Channels = [StoryChannel.Intranet],
        });
        story.Apply(new StoryFromMeetingPart { MeetingId = meeting.ContentItemId, AgendaItemId = agendaItemId });

        var result = await content.CreateAsync(story, publish: false);
        if (result.Succeeded)
        {
            return new(StoryDraftStatus.Created, story.ContentItemId);
        }

        // Someone made the story in the meantime: the database let one of us, and it is that one.
        return await stories.OfAgendaItemAsync(keys, agendaItemId) is { } made
            ? new(StoryDraftStatus.Existing, made.StoryId)
            : StoryDraftResult.Refused(result.Message ?? "Historien kunne ikke oprettes. Intet er oprettet.");
    }

    /// <summary>The area whose name the committee's name holds (Områdeudvalg Socialområdet: Socialområdet); none when no area or more than one fits.</summary>
    private async Task<string> AreaOfAsync(string committeeName)
    {
        var fitting = (await storyQueries.AreasAsync())
            .Where(a => a.DisplayText.Length > 0 && committeeName.Contains(a.DisplayText, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return fitting.Count == 1 ? fitting[0].ContentItemId : "";
    }
}
