using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Search;
using Portal.Med;
using Portal.Recommendations.Indexes;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Search;

/// <summary>
/// Themes, reports, recommendations, strategies, initiatives and quarterly follow-ups, each found at
/// the page that shows it, under the committee its model names (an initiative and a follow-up: their
/// strategy's) and dated by the report, the strategy's approval or the quarter where there is one.
/// </summary>
internal sealed class RecommendationsSearchIndex(PortalDbContext db) : ISearchIndexHandler
{
    public Task BuildAsync(SearchIndexContext context)
    {
        if (RecommendationTypes.All.Contains(context.ContentItem.ContentType))
        {
            // Only those who may open the recommendations' pages find what is on them.
            context.Document.RequiredPermission = Permissions.ViewRecommendations;
        }

        return Describe(context);
    }

    private Task Describe(SearchIndexContext context) => context.ContentItem.ContentType switch
    {
        RecommendationTypes.Theme => ThemeAsync(context),
        RecommendationTypes.Report => ReportAsync(context),
        RecommendationTypes.Recommendation => RecommendationAsync(context),
        RecommendationTypes.Strategy => StrategyAsync(context),
        RecommendationTypes.Initiative => InitiativeAsync(context),
        RecommendationTypes.FollowUp => FollowUpSearchText.DescribeAsync(context),
        _ => Task.CompletedTask,
    };

    /// <summary>A theme has no page of its own: it opens its chapter in the reports of its recommendations.</summary>
    private async Task ThemeAsync(SearchIndexContext context)
    {
        var theme = context.ContentItem;
        var reportIds = await db.Set<RecommendationIndex>().AsNoTracking()
            .Where(r => r.Published && r.ThemeId == theme.ContentItemId && r.ReportId != "")
            .OrderBy(r => r.Number)
            .Select(r => r.ReportId)
            .ToListAsync();
        foreach (var reportId in reportIds.Distinct())
        {
            if (await context.PublishedOfAsync(reportId) is { ContentType: RecommendationTypes.Report })
            {
                context.Document.TypeLabel = "Tema";
                context.Document.Url = $"/recommendations/reports/{reportId}#tema-{theme.ContentItemId}";
                context.Document.AddHtml(theme.As<ThemePart>().Introduction);
                return;
            }
        }
    }

    private static async Task ReportAsync(SearchIndexContext context)
    {
        var report = context.ContentItem;
        var part = report.As<RecommendationReportPart>();
        var document = context.Document;
        document.TypeLabel = "Rapport";
        document.Url = $"/recommendations/reports/{report.ContentItemId}";
        document.Committee = await CommitteeNameAsync(context, part.CommitteeId);
        if (part.Date is { } date)
        {
            document.DateUtc = Utc(date);
        }

        document.AddHtml(part.Introduction);
    }

    private static async Task RecommendationAsync(SearchIndexContext context)
    {
        var recommendation = context.ContentItem;
        var part = recommendation.As<RecommendationPart>();
        var document = context.Document;
        document.TypeLabel = "Anbefaling";
        document.Title = $"Anbefaling {part.Number}: {recommendation.DisplayText}";
        document.Url = $"/recommendations/{recommendation.ContentItemId}";
        document.Committee = await CommitteeNameAsync(context, part.CommitteeId);
        if (await PublishedAsync(context, part.ReportId, RecommendationTypes.Report) is { } report && report.As<RecommendationReportPart>().Date is { } date)
        {
            document.DateUtc = Utc(date);
        }

        RecommendationTexts.Add(document, part, (await PublishedAsync(context, part.ThemeId, RecommendationTypes.Theme))?.DisplayText);
    }

    private static async Task StrategyAsync(SearchIndexContext context)
    {
        var strategy = context.ContentItem;
        var part = strategy.As<StrategyPart>();
        var document = context.Document;
        document.TypeLabel = "Strategi";
        document.Url = $"/strategies/{strategy.ContentItemId}";
        document.Committee = await CommitteeNameAsync(context, part.CommitteeId);
        if (part.ApprovedOn is { } approved)
        {
            document.DateUtc = Utc(approved);
        }

        document.AddHtml(part.Description);
        foreach (var area in part.FocusAreas)
        {
            document.AddText(area.Name);
        }
    }

    /// <summary>An initiative's page shows it within its strategy, so it is found only while the strategy is published.</summary>
    private static async Task InitiativeAsync(SearchIndexContext context)
    {
        var initiative = context.ContentItem;
        var part = initiative.As<InitiativePart>();
        if (await PublishedAsync(context, part.StrategyId, RecommendationTypes.Strategy) is not { } strategy)
        {
            return;
        }

        var strategyPart = strategy.As<StrategyPart>();
        var document = context.Document;
        document.TypeLabel = "Initiativ";
        document.Url = $"/initiatives/{initiative.ContentItemId}";
        document.Committee = await CommitteeNameAsync(context, strategyPart.CommitteeId);
        document.AddText(strategyPart.FocusAreas.FirstOrDefault(f => f.Id == part.FocusAreaId)?.Name);
        document.AddText(part.Coordinator);
        foreach (var paragraph in RecommendationText.Paragraphs(part.Description))
        {
            document.AddText(paragraph);
        }
    }

    internal static async Task<ContentItem?> PublishedAsync(SearchIndexContext context, string? id, string contentType) =>
        string.IsNullOrEmpty(id) ? null
            : await context.PublishedOfAsync(id) is { } item && item.ContentType == contentType ? item
            : null;

    internal static async Task<string?> CommitteeNameAsync(SearchIndexContext context, string? committeeId) =>
        (await PublishedAsync(context, committeeId, MedTypes.Committee))?.DisplayText;

    /// <summary>A day as the start of that day in UTC, which is the same day in Danish time.</summary>
    internal static DateTime Utc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
