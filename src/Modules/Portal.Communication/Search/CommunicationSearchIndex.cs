using Portal.Communication.Models;
using Portal.Core.Search;
using Portal.Med;
using Portal.Med.Models;
using Portal.Recommendations;
using Portal.Recommendations.Models;

namespace Portal.Communication.Search;

/// <summary>
/// Stories, story areas and communication strategies at their pages; and on MED's agenda items, what
/// the committee agreed to communicate, which the item's page shows once the minutes are published.
/// </summary>
internal sealed class CommunicationSearchIndex : ISearchIndexHandler
{
    public Task BuildAsync(SearchIndexContext context)
    {
        switch (context.ContentItem.ContentType)
        {
            case CommunicationTypes.Story or CommunicationTypes.StoryArea or CommunicationTypes.Strategy:
                // Only those who may open the stories' pages find what is on them.
                context.Document.RequiredPermission = Permissions.ViewStories;
                return context.ContentItem.ContentType switch
                {
                    CommunicationTypes.Story => StoryAsync(context),
                    CommunicationTypes.StoryArea => StoryAreaAsync(context),
                    _ => StrategyAsync(context),
                };
            case MedTypes.AgendaItem:
                return AgreedTextAsync(context);
            default:
                return Task.CompletedTask;
        }
    }

    private static async Task StoryAsync(SearchIndexContext context)
    {
        var story = context.ContentItem;
        var part = story.As<StoryPart>();
        var document = context.Document;
        document.TypeLabel = "Historie";
        document.Url = $"/stories/{story.ContentItemId}";
        document.AddText(part.Lead);
        document.AddHtml(part.Body);
        document.AddText(part.Author);
        document.AddText(part.Profession);
        document.AddText(string.Join(", ", part.Tags));
        if (!string.IsNullOrEmpty(part.AreaId) && await context.PublishedOfAsync(part.AreaId) is { ContentType: CommunicationTypes.StoryArea } area)
        {
            document.AddText(area.DisplayText);
        }
    }

    private static Task StoryAreaAsync(SearchIndexContext context)
    {
        var area = context.ContentItem;
        context.Document.TypeLabel = "Historieområde";
        context.Document.Url = $"/stories/areas/{area.ContentItemId}";
        context.Document.AddHtml(area.As<StoryAreaPart>().Description);
        return Task.CompletedTask;
    }

    private static async Task StrategyAsync(SearchIndexContext context)
    {
        var strategy = context.ContentItem;
        var part = strategy.As<CommunicationStrategyPart>();
        var document = context.Document;
        document.TypeLabel = "Kommunikationsstrategi";
        document.Url = $"/communication/strategy/{strategy.ContentItemId}";
        document.AddHtml(part.Introduction);
        foreach (var id in part.RecommendationIds)
        {
            if (await context.PublishedOfAsync(id) is { ContentType: RecommendationTypes.Recommendation } recommendation)
            {
                document.AddText($"Anbefaling {recommendation.As<RecommendationPart>().Number}: {recommendation.DisplayText}");
            }
        }

        foreach (var text in part.Goals.Concat(part.TargetGroups))
        {
            document.AddText(text);
        }

        foreach (var channel in part.Channels)
        {
            document.AddText($"{StoryChannels.Label(channel.Channel)}: {channel.Owner}. {channel.Note}");
        }

        foreach (var text in part.CentralResponsibilities.Concat(part.DecentralResponsibilities))
        {
            document.AddText(text);
        }
    }

    /// <summary>Adds text only: MED describes the item itself.</summary>
    private static async Task AgreedTextAsync(SearchIndexContext context)
    {
        var item = context.ContentItem;
        if (!item.Has(nameof(MeetingCommunicationPart)) || item.As<MeetingCommunicationPart>() is not { IsCommunicationItem: true } part)
        {
            return;
        }

        if (await context.PublishedOfAsync(item.As<AgendaItemPart>().MeetingId) is { ContentType: MedTypes.Meeting } meeting
            && meeting.As<MeetingPart>().Status == MeetingStatus.MinutesPublished)
        {
            foreach (var paragraph in part.Paragraphs())
            {
                context.Document.AddText(paragraph);
            }
        }
    }
}
