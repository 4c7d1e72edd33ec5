using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Notify;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Handlers;

/// <summary>
/// Tells a committee's members and followers when its agenda comes out, when an item is added to an
/// agenda already out (a tillægsdagsorden) and when its minutes come out. Decided against the version
/// published until now, so a correction tells nobody; an agenda for a meeting that is over, and
/// minutes that bring their own publication time (an import of earlier minutes), tell nobody either.
/// </summary>
internal sealed class MeetingNotifications(
    PortalDbContext db,
    IContentVisibility visibility,
    INotificationQueue notifications,
    IHttpContextAccessor http,
    TimeProvider clock) : IContentHandler
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static readonly NotificationType AgendaPublished = new(
        "med.agenda",
        "Dagsorden offentliggjort i et udvalg, du er medlem af eller følger",
        "Dagsorden: {{ values.committee }} {{ values.starts }}",
        """
        Dagsordenen til mødet i {{ values.committee }} {{ values.starts }} er offentliggjort.

        Læs den her: {{ url }}
        """,
        Sample("Hovedudvalget"));

    public static readonly NotificationType SupplementaryAgenda = new(
        "med.supplementary-agenda",
        "Tillægsdagsorden: et punkt føjet til en dagsorden, der er offentliggjort",
        "Tillægsdagsorden: {{ content.title }}",
        """
        Punktet "{{ content.title }}" er føjet til dagsordenen for mødet i {{ values.committee }} {{ values.starts }}.

        Læs det her: {{ url }}
        """,
        Sample("Hovedudvalget")) { SampleTitle = "Orientering om sygefravær" };

    public static readonly NotificationType MinutesPublished = new(
        "med.minutes",
        "Referat offentliggjort i et udvalg, du er medlem af eller følger",
        "Referat: {{ values.committee }} {{ values.starts }}",
        """
        Referatet fra mødet i {{ values.committee }} {{ values.starts }} er offentliggjort.

        Læs det her: {{ url }}
        """,
        Sample("Hovedudvalget"));

    public async Task PublishingAsync(ContentContext context)
    {
        var version = context.ContentItem;
        if (version.ContentType == MedTypes.Meeting)
        {
            await MeetingAsync(version, context.PublishedBefore?.As<MeetingPart>().Status);
        }
        else if (version.ContentType == MedTypes.AgendaItem && context.PublishedBefore is null)
        {
            await AgendaItemAsync(version);
        }
    }

    private async Task MeetingAsync(ContentItem version, MeetingStatus? before)
    {
        var part = version.As<MeetingPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        var type = part.Status switch
        {
            MeetingStatus.AgendaPublished when before is null or MeetingStatus.Planned && part.EndsUtc > now => AgendaPublished,
            MeetingStatus.MinutesPublished when before is not MeetingStatus.MinutesPublished && !BringsEarlierTime(part, now) => MinutesPublished,
            _ => null,
        };
        if (type is not null)
        {
            await QueueAsync(type, version.ContentItemId, part.CommitteeId, part.StartsUtc, $"/meetings/{version.ContentItemId}");
        }
    }

    /// <summary>Minutes imported with the time they came out then (the publication handler dates the others now).</summary>
    private static bool BringsEarlierTime(MeetingPart part, DateTime now) => part.MinutesPublishedUtc < now.AddMinutes(-1);

    /// <summary>An item published the first time onto an agenda already out, before the meeting.</summary>
    private async Task AgendaItemAsync(ContentItem version)
    {
        var part = version.As<AgendaItemPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        var meeting = await db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.ContentItemId == part.MeetingId && m.Published)
            .Select(m => new { m.CommitteeId, m.StartsUtc, m.Status })
            .FirstOrDefaultAsync();
        if (meeting is { Status: MeetingStatus.AgendaPublished } && meeting.StartsUtc > now)
        {
            await QueueAsync(SupplementaryAgenda, version.ContentItemId, meeting.CommitteeId, meeting.StartsUtc, $"/items/{version.ContentItemId}");
        }
    }

    private async Task QueueAsync(NotificationType type, string contentItemId, string committeeId, DateTime startsUtc, string url)
    {
        var committee = await visibility.GetManyAsync(PrincipalKeys.EveryoneOnly, [committeeId]);
        notifications.Queue(new NotificationRequest(type.Name, [MedKeys.MemberOf(committeeId), NotificationAudience.FollowersOf(committeeId)], contentItemId)
        {
            Url = url,
            Actor = http.HttpContext?.User.Identity?.Name,
            Values = new Dictionary<string, string>
            {
                ["committee"] = committee.GetValueOrDefault(committeeId)?.Item.DisplayText ?? "",
                ["starts"] = DanishClock.Local(startsUtc).ToString("d. MMMM yyyy 'kl.' HH.mm", Danish),
            },
        });
    }

    private static Dictionary<string, string> Sample(string committee) =>
        new() { ["committee"] = committee, ["starts"] = "27. april 2023 kl. 09.00" };
}
