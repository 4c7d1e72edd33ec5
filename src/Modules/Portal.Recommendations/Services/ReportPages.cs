using System.Globalization;
using System.Security.Claims;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Med.Services;
using Portal.Recommendations.Models;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Services;

/// <summary>
/// The read models of the recommendation pages: the list of reports, a report as it was written
/// (introduction, themes, recommendations in order, the budget table) and one recommendation.
/// </summary>
public sealed class ReportPages(
    RecommendationQueries queries,
    IContentVisibility visibility,
    RelatedAgendaItems relatedItems,
    CommitteeDirectory committees,
    PortalDbContext db)
{
    public async Task<RecommendationIndexViewModel> IndexAsync(ClaimsPrincipal user)
    {
        var keys = await visibility.KeysOfAsync(user);
        var reports = await queries.PublishedAsync(keys, RecommendationTypes.Report);
        var byReport = (await queries.RecommendationsAsync(keys)).ToLookup(r => r.As<RecommendationPart>().ReportId);
        var listed = reports
            .Select(r => (r, (IReadOnlyList<RecommendationView>)[.. byReport[r.ContentItemId].Select(View)]))
            .ToList();
        var reportIds = reports.Select(r => r.ContentItemId).ToHashSet();
        var unreported = byReport.Where(g => !reportIds.Contains(g.Key)).SelectMany(g => g).Select(View).ToList();
        return new RecommendationIndexViewModel(listed, unreported);
    }

    public async Task<ReportViewModel?> ReportAsync(ClaimsPrincipal user, string id)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await queries.PublishedAsync(keys, RecommendationTypes.Report, id) is not { } report)
        {
            return null;
        }

        var recommendations = (await queries.RecommendationsAsync(keys, id)).Select(View).ToList();
        var themes = await queries.PublishedByIdAsync(keys, recommendations.Select(r => r.Part.ThemeId));
        var chapters = recommendations
            .GroupBy(r => themes.ContainsKey(r.Part.ThemeId) ? r.Part.ThemeId : "")
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .ThenBy(g => g.Min(r => r.Part.Number))
            .Select(g => new ReportChapter(themes.GetValueOrDefault(g.Key), [.. g]))
            .ToList();
        var rows = recommendations.SelectMany(r => r.Part.BudgetLines.Select(line => new BudgetRow(r, line))).ToList();
        var totals = BudgetTotals.Of(rows.Select(r => (r.Recommendation.Id, r.Line)));
        var part = report.As<RecommendationReportPart>();
        var names = await committees.NamesAsync(db);
        return new ReportViewModel(report, part, names.GetValueOrDefault(part.CommitteeId, ""), chapters, rows, totals);
    }

    public async Task<RecommendationPageViewModel?> RecommendationAsync(ClaimsPrincipal user, string id)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await queries.PublishedAsync(keys, RecommendationTypes.Recommendation, id) is not { } item)
        {
            return null;
        }

        var recommendation = View(item);
        var part = recommendation.Part;
        var around = await queries.PublishedByIdAsync(keys, [part.ReportId, part.ThemeId]);
        var initiatives = await queries.InitiativesOfRecommendationAsync(keys, id);
        var strategies = await queries.PublishedByIdAsync(keys, initiatives.Select(i => i.As<InitiativePart>().StrategyId));
        var names = await committees.NamesAsync(db);
        return new RecommendationPageViewModel(
            recommendation,
            around.GetValueOrDefault(part.ReportId),
            around.GetValueOrDefault(part.ThemeId),
            names.GetValueOrDefault(part.CommitteeId, ""),
            await relatedItems.OfAsync(keys, part.RelatedItemIds),
            [
                .. initiatives
                    .Where(i => strategies.ContainsKey(i.As<InitiativePart>().StrategyId))
                    .Select(i => new InitiativeLink(i.ContentItemId, i.DisplayText, i.As<InitiativePart>().StrategyId, strategies[i.As<InitiativePart>().StrategyId].DisplayText)),
            ]);
    }

    public static string NumberOf(RecommendationView recommendation) =>
        recommendation.Part.Number.ToString(CultureInfo.InvariantCulture);

    private static RecommendationView View(ContentItem item) => new(item, item.As<RecommendationPart>());
}
