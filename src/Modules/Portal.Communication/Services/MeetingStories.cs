using Portal.Core.Display;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Communication.Indexes;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Med;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Communication.Services;

/// <summary>A story made from an agenda item, as one reader may see it.</summary>
public sealed record StoryFromMeeting(string StoryId, string Title, bool Published);

/// <summary>The meeting a story came from, as its links name it: "Hovedudvalget 27-04-2023".</summary>
public sealed record MeetingLink(string MeetingId, string Text);

/// <summary>The stories made from MED meetings, read through the platform's visibility API with the reader's keys.</summary>
public sealed class MeetingStories(PortalDbContext db, IContentVisibility visibility, IPermissionService permissions)
{
    /// <summary>
    /// Those who may edit stories: the content admin, where a draft is finished and published, is
    /// for those who may create and edit content, and they are the ones who read story drafts.
    /// </summary>
    public Task<bool> MayEditStoriesAsync(ClaimsPrincipal user) => permissions.HasAsync(user, Portal.Contents.Permissions.EditContent);

    /// <summary>
    /// The story made from the agenda item: its published version when the keys may read it, else its
    /// draft when they may read that (editors); null when there is none they may see.
    /// </summary>
    public async Task<StoryFromMeeting?> OfAgendaItemAsync(IReadOnlySet<string> keys, string agendaItemId)
    {
        var rows = await visibility.Readable(db.Set<StoryFromMeetingIndex>().AsNoTracking().Where(r => r.AgendaItemId == agendaItemId && (r.Published || r.Latest)), keys)
            .OrderBy(r => r.ContentItemId)
            .Select(r => new { r.ContentItemId, r.Title, r.Published })
            .ToListAsync();
        var chosen = rows.FirstOrDefault(r => r.Published) ?? rows.FirstOrDefault();
        return chosen is null ? null : new StoryFromMeeting(chosen.ContentItemId, chosen.Title, chosen.Published);
    }

    /// <summary>The meeting by its committee and day, as MED names its minutes; null when the user may not read it.</summary>
    public async Task<MeetingLink?> MeetingAsync(ClaimsPrincipal user, string meetingId)
    {
        if (meetingId.Length == 0 || await visibility.ReadAsync(user, meetingId, VersionOptions.Published, MedTypes.Meeting) is not { } meeting)
        {
            return null;
        }

        var part = meeting.As<MeetingPart>();
        var committee = await visibility.ReadAsync(user, part.CommitteeId, VersionOptions.Published, MedTypes.Committee);
        var day = DanishClock.Day(part.StartsUtc).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        return new MeetingLink(meeting.ContentItemId, committee is null ? meeting.DisplayText : $"{committee.DisplayText} {day}");
    }
}
