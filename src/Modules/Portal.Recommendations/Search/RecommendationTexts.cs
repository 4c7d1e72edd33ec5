using Portal.Core.Search;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Search;

/// <summary>Every section of a recommendation in the order its page shows them.</summary>
internal static class RecommendationTexts
{
    public static void Add(SearchDocument document, RecommendationPart part, string? theme)
    {
        document.AddText(string.Join(", ", part.Professions));
        document.AddHtml(part.Introduction);
        document.AddHtml(part.Purpose);
        document.AddHtml(part.Goal);
        AddLines(document, part.Actions);
        document.AddText(part.FollowUpWhen);
        AddLines(document, part.FollowUpMeasures);
        AddLines(document, part.Baseline);
        foreach (var paragraph in RecommendationText.Paragraphs(part.Resources))
        {
            document.AddText(paragraph);
        }

        foreach (var line in part.BudgetLines)
        {
            document.AddText(line.Purpose);
            document.AddText(line.FundingSource);
        }

        foreach (var paragraph in RecommendationText.Paragraphs(part.NextStep))
        {
            document.AddText(paragraph);
        }

        document.AddText(RecommendationText.Of(part.Status));
        document.AddText(theme);
    }

    private static void AddLines(SearchDocument document, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            document.AddText(line);
        }
    }
}
