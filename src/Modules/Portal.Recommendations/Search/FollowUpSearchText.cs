using Portal.Core.Search;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Search;

/// <summary>
/// A strategy's follow-up of one quarter, found at the strategy's dashboard of that quarter: the
/// status sentence and the committee's remarks it shows, and each initiative's status and what was
/// written about it.
/// </summary>
internal static class FollowUpSearchText
{
    public static async Task DescribeAsync(SearchIndexContext context)
    {
        var part = context.ContentItem.As<QuarterlyFollowUpPart>();
        if (!Quarter.TryParse(part.Quarter, out var quarter)
            || await RecommendationsSearchIndex.PublishedAsync(context, part.StrategyId, RecommendationTypes.Strategy) is not { } strategy)
        {
            return;
        }

        var document = context.Document;
        document.TypeLabel = "Opfølgning";
        document.Title = $"{strategy.DisplayText}: {quarter.Value.ToDanish()}";
        document.Url = $"/strategies/{strategy.ContentItemId}?quarter={quarter.Value}";
        document.Committee = await RecommendationsSearchIndex.CommitteeNameAsync(context, strategy.As<StrategyPart>().CommitteeId);
        document.DateUtc = RecommendationsSearchIndex.Utc(quarter.Value.Start);

        document.AddText(StatusSummary.Describe(RecommendationText.InitiativeStatuses.ToDictionary(s => s, s => part.Entries.Count(e => e.Status == s))));
        foreach (var paragraph in RecommendationText.Paragraphs(part.Summary))
        {
            document.AddText(paragraph);
        }

        foreach (var entry in part.Entries)
        {
            var initiative = await RecommendationsSearchIndex.PublishedAsync(context, entry.InitiativeId, RecommendationTypes.Initiative);
            document.AddText(initiative is null ? RecommendationText.Of(entry.Status) : $"{initiative.DisplayText}: {RecommendationText.Of(entry.Status)}");
            document.AddText(entry.Narrative);
        }
    }
}
