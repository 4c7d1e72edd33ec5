using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Portal.Communication.Models;
using Portal.Core.Content;

namespace Portal.Communication.Services;

/// <summary>
/// The published stories as an Atom feed, newest first: all of them or an area's, only those the
/// reader may see (the same query as the lists, with the reader's keys). An entry's summary is the
/// story's lead, its link the story's page.
/// </summary>
public sealed class StoryFeed(StoryQueries queries, TimeProvider clock)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public const int MaxEntries = 50;

    public async Task<byte[]> BuildAsync(IReadOnlySet<string> keys, ContentItem? area, Uri baseUri, Uri selfUri)
    {
        var stories = (await queries.StoriesAsync(keys, new StoryFilter(AreaId: area?.ContentItemId, PageSize: MaxEntries))).Stories;
        var areaNames = (await queries.AreasAsync()).ToDictionary(a => a.ContentItemId, a => a.DisplayText);

        var entries = stories.Select(story =>
        {
            var part = story.As<StoryPart>();
            var published = new DateTimeOffset(DateTime.SpecifyKind(story.PublishedUtc ?? story.ModifiedUtc, DateTimeKind.Utc));
            var entry = new SyndicationItem
            {
                Id = $"urn:med-portalen:historie:{story.ContentItemId}",
                Title = new TextSyndicationContent(story.DisplayText),
                Summary = new TextSyndicationContent(part.Lead),
                LastUpdatedTime = published,
                PublishDate = published,
            };
            entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(baseUri, $"stories/{story.ContentItemId}"), "text/html"));
            entry.Authors.Add(new SyndicationPerson { Name = string.IsNullOrEmpty(part.Author) ? "MED-portalen" : part.Author });
            if (areaNames.TryGetValue(part.AreaId, out var areaName))
            {
                entry.Categories.Add(new SyndicationCategory(areaName));
            }

            return entry;
        }).ToList();

        var feed = new SyndicationFeed
        {
            Id = $"urn:med-portalen:historier:{area?.ContentItemId ?? "alle"}",
            Title = new TextSyndicationContent(area is null ? "Historier" : $"Historier fra {area.DisplayText}"),
            Language = "da",
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : clock.GetUtcNow(),
            Items = entries,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "MED-portalen" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(selfUri, "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(baseUri, area is null ? "stories" : $"stories/areas/{area.ContentItemId}"), "text/html"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }
}
