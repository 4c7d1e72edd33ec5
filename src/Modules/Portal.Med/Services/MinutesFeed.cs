using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using Portal.Core.Content;
using Portal.Core.Display;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>
/// The published minutes as an Atom feed: one entry per meeting, newest first, summarising the
/// decisions of the open items the reader may see. Closed items never appear, not even to members.
/// </summary>
public sealed class MinutesFeed(MedReadQueries reads, MedQueries queries, TimeProvider clock)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public const int MaxEntries = 50;

    // Encodes markup, not letters: æ, ø and å stay as they are.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<byte[]> BuildAsync(IReadOnlySet<string> keys, string? committeeId, string feedTitle, Uri baseUri, Uri selfUri)
    {
        var meetings = await reads.MeetingsAsync(keys, new MeetingFilter(CommitteeId: committeeId, Status: MeetingStatus.MinutesPublished, NewestFirst: true, Take: MaxEntries));
        var parts = meetings.ToDictionary(m => m.ContentItemId, m => m.As<MeetingPart>());
        var items = await reads.ReadableOpenItemsAsync(parts.Keys, keys);
        var names = await queries.CommitteeNamesAsync();

        var entries = meetings.Select(meeting =>
        {
            var part = parts[meeting.ContentItemId];
            var name = names.GetValueOrDefault(part.CommitteeId, "");
            var published = new DateTimeOffset(DateTime.SpecifyKind(MinutesPublishedUtc(part), DateTimeKind.Utc));
            var day = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(part.StartsUtc, DateTimeKind.Utc), LocalTimeTagHelper.DanishTime);
            var entry = new SyndicationItem
            {
                Id = $"urn:med-portalen:referat:{meeting.ContentItemId}",
                Title = new TextSyndicationContent($"Referat: {name} {day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}"),
                Summary = new TextSyndicationContent(Summary(meeting.ContentItemId, part, items), TextSyndicationContentKind.Html),
                LastUpdatedTime = published,
                PublishDate = published,
            };
            entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(baseUri, $"meetings/{meeting.ContentItemId}"), "text/html"));
            entry.Authors.Add(new SyndicationPerson { Name = string.IsNullOrEmpty(name) ? "MED-portalen" : name });
            return entry;
        }).ToList();

        var feed = new SyndicationFeed
        {
            Id = $"urn:med-portalen:referater:{committeeId ?? "alle"}",
            Title = new TextSyndicationContent(feedTitle),
            Language = "da",
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : clock.GetUtcNow(),
            Items = entries,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "MED-portalen" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(selfUri, "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(baseUri, committeeId is null ? "committees" : $"committees/{committeeId}"), "text/html"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// An entry is dated by the minutes' publication: not by the version's publication, which moves
    /// with every correction and with an import. Minutes published before that time was recorded
    /// are dated by the meeting's end, when they could first have been written.
    /// </summary>
    private static DateTime MinutesPublishedUtc(MeetingPart meeting) =>
        meeting.MinutesPublishedUtc ?? (meeting.EndsUtc > meeting.StartsUtc ? meeting.EndsUtc : meeting.StartsUtc);

    /// <summary>The decisions of the open items, as HTML: titles encoded, decision texts as the sanitized HTML they are stored as.</summary>
    private static string Summary(string meetingId, MeetingPart meeting, IReadOnlyDictionary<string, OpenItem> readableOpenItems)
    {
        var onMeeting = readableOpenItems.Values.Where(i => i.Part.MeetingId == meetingId).ToDictionary(i => i.Id);
        var decided = Agenda.InOrder(onMeeting.Keys, meeting.AgendaOrder)
            .Select(id => onMeeting[id])
            .Where(i => i.Part.Decision is not null)
            .ToList();
        if (decided.Count == 0)
        {
            return "<p>Referatet har ingen beslutninger i åbne punkter.</p>";
        }

        var html = new StringBuilder("<ul>");
        foreach (var item in decided)
        {
            html.Append("<li><strong>")
                .Append(Html.Encode($"{item.Part.Number} {item.Title}"))
                .Append("</strong> – ")
                .Append(Html.Encode(MedText.Of(item.Part.Decision!.Outcome)))
                .Append(item.Part.Decision.Text)
                .Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }
}
