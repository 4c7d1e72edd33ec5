using Portal.Core.Content;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.ViewModels;

/// <summary>A recommendation as the pages show it.</summary>
public sealed record RecommendationView(ContentItem Item, RecommendationPart Part)
{
    public string Id => Item.ContentItemId;

    public string Title => Item.DisplayText;

    public decimal Total => Part.BudgetLines.Sum(l => l.Kroner);
}

/// <summary>A theme of a report with its recommendations in number order; <see cref="Theme"/> is null for those with none.</summary>
public sealed record ReportChapter(ContentItem? Theme, IReadOnlyList<RecommendationView> Recommendations)
{
    public string Title => Theme?.DisplayText ?? "Øvrige anbefalinger";

    public string Introduction => Theme?.As<ThemePart>().Introduction ?? "";
}

/// <summary>One line of a report's budget table.</summary>
public sealed record BudgetRow(RecommendationView Recommendation, BudgetLine Line);

public sealed record ReportViewModel(
    ContentItem Report,
    RecommendationReportPart Part,
    string CommitteeName,
    IReadOnlyList<ReportChapter> Chapters,
    IReadOnlyList<BudgetRow> BudgetRows,
    BudgetTotals Totals)
{
    public IEnumerable<RecommendationView> Recommendations => Chapters.SelectMany(c => c.Recommendations);
}

/// <summary>The list of reports and their recommendations.</summary>
public sealed record RecommendationIndexViewModel(
    IReadOnlyList<(ContentItem Report, IReadOnlyList<RecommendationView> Recommendations)> Reports,
    IReadOnlyList<RecommendationView> WithoutReport);

/// <summary>An agenda item that names a recommendation or strategy, as the reader may see it.</summary>
public sealed record RelatedAgendaItem(string Id, string Title, string Meeting, bool IsRedacted);

/// <summary>An initiative as a link.</summary>
public sealed record InitiativeLink(string Id, string Title, string StrategyId, string StrategyTitle);

public sealed record RecommendationPageViewModel(
    RecommendationView Recommendation,
    ContentItem? Report,
    ContentItem? Theme,
    string CommitteeName,
    IReadOnlyList<RelatedAgendaItem> RelatedItems,
    IReadOnlyList<InitiativeLink> Initiatives)
{
    public BudgetTotals Totals { get; } = BudgetTotals.Of(Recommendation.Part.BudgetLines.Select(l => (Recommendation.Id, l)));
}
