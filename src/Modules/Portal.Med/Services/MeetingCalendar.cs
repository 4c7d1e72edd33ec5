using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Portal.Core.Content;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>
/// The meetings as an iCalendar (RFC 5545) feed: one VEVENT per meeting, times in UTC, and the open
/// agenda items in the description. A closed item (or one the reader may not see) is only its
/// number and "Lukket punkt": calendars end up on phones and in shared mailboxes.
/// </summary>
public sealed class MeetingCalendar(MedReadQueries reads, MedQueries queries)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string> BuildAsync(IReadOnlySet<string> keys, string? committeeId, string calendarName, Uri baseUri)
    {
        var meetings = await reads.MeetingsAsync(keys, new MeetingFilter(CommitteeId: committeeId));
        var agendas = await reads.AgendasAsync(meetings, keys);
        var names = await queries.CommitteeNamesAsync();

        var calendar = new Calendar { ProductId = "-//MED-portalen//Moedekalender//DA", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        foreach (var meeting in meetings)
        {
            calendar.Events.Add(Event(meeting, names.GetValueOrDefault(meeting.As<MeetingPart>().CommitteeId, "udvalget"), agendas[meeting.ContentItemId], baseUri));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(ContentItem meeting, string committeeName, IReadOnlyList<AgendaItemRow> agenda, Uri baseUri)
    {
        var part = meeting.As<MeetingPart>();
        var url = new Uri(baseUri, $"meetings/{meeting.ContentItemId}");
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.ContentItemId}@med-portalen",
            Summary = $"Møde i {committeeName}",
            DtStamp = Utc(meeting.PublishedUtc ?? meeting.ModifiedUtc),
            LastModified = Utc(meeting.ModifiedUtc),
            Start = Utc(part.StartsUtc),
            Location = string.IsNullOrWhiteSpace(part.Location) ? null : part.Location,
            Url = url,
            Description = Description(part, agenda, url),
        };

        // A meeting recorded without a sensible end is shown as starting, not as a negative span.
        if (part.EndsUtc > part.StartsUtc)
        {
            calendarEvent.End = Utc(part.EndsUtc);
        }

        return calendarEvent;
    }

    private static string Description(MeetingPart meeting, IReadOnlyList<AgendaItemRow> agenda, Uri url)
    {
        var text = new StringBuilder();
        if (meeting.Status == MeetingStatus.Planned)
        {
            text.AppendLine("Dagsordenen er ikke offentliggjort endnu.");
        }
        else
        {
            text.AppendLine(meeting.Status == MeetingStatus.MinutesPublished ? "Referat:" : "Dagsorden:");
            foreach (var item in agenda)
            {
                text.AppendLine($"{item.Number} {item.PublicTitle}");
            }
        }

        text.AppendLine();
        text.Append(url.AbsoluteUri);
        return text.ToString();
    }

    private static CalDateTime Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), "UTC", hasTime: true);
}
