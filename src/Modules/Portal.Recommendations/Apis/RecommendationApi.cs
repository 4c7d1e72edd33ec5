using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Med;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Apis;

/// <summary>
/// The read-only JSON API of recommendations and strategies, in the portal's one OpenAPI document,
/// as the caller may see them: drafts and anything else the caller may not read are not there.
/// </summary>
public static class RecommendationApi
{
    public static RouteGroupBuilder MapRecommendationApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewRecommendations.Name))
            .WithTags("Anbefalinger og strategier")
            .NoStore();

        api.MapGet("/recommendations", GetRecommendationsAsync)
            .WithName("GetRecommendations")
            .WithSummary("Anbefalingerne med budgetlinjer i kroner");
        api.MapGet("/strategies", GetStrategiesAsync)
            .WithName("GetStrategies")
            .WithSummary("Strategierne med indsatsområder, initiativer og de kvartaler, der er fulgt op");
        api.MapGet("/strategies/{id}/status", GetStatusAsync)
            .WithName("GetStrategyStatus")
            .WithSummary("Status på initiativerne i et kvartal")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Antal initiativer pr. status, ændringen siden kvartalet før (når det er fulgt op) og statussætningen. `quarter` skrives som 2022Q4; uden `quarter` gives det seneste kvartal, der er fulgt op.");
        return api;
    }

    public static async Task<Ok<List<RecommendationDto>>> GetRecommendationsAsync(ClaimsPrincipal user, RecommendationQueries queries, IContentVisibility visibility)
    {
        var keys = await visibility.KeysOfAsync(user);
        var recommendations = await queries.RecommendationsAsync(keys);
        var themes = await queries.PublishedByIdAsync(keys, recommendations.Select(r => r.As<RecommendationPart>().ThemeId));

        // Only the agenda items the caller may know of (a closed one shows that it exists, as in MED's API).
        var related = recommendations.SelectMany(r => r.As<RecommendationPart>().RelatedItemIds).Distinct().ToList();
        var known = related.Count == 0 ? new HashSet<string>() : (await visibility.GetManyAsync(keys, related, VersionOptions.Published, MedTypes.AgendaItem)).Keys.ToHashSet();
        return TypedResults.Ok(recommendations.Select(r =>
        {
            var part = r.As<RecommendationPart>();
            return new RecommendationDto(
                r.ContentItemId,
                part.Number,
                r.DisplayText,
                part.ReportId,
                part.ThemeId,
                themes.GetValueOrDefault(part.ThemeId)?.DisplayText ?? "",
                part.Status,
                part.CommitteeId,
                part.Professions,
                part.Introduction,
                part.Purpose,
                part.Goal,
                part.Actions,
                part.FollowUpWhen,
                part.FollowUpMeasures,
                part.Baseline,
                part.Resources,
                [.. part.BudgetLines.Select(l => new BudgetLineDto(l.Kroner, l.FromYear, l.ToYear, l.FundingSource, l.Purpose))],
                part.BudgetLines.Sum(l => l.Kroner),
                part.NextStep,
                [.. part.RelatedItemIds.Where(known.Contains)]);
        }).ToList());
    }

    public static async Task<Ok<List<StrategyDto>>> GetStrategiesAsync(ClaimsPrincipal user, RecommendationQueries queries, IContentVisibility visibility)
    {
        var keys = await visibility.KeysOfAsync(user);
        var strategies = await queries.PublishedAsync(keys, RecommendationTypes.Strategy);
        var ids = strategies.Select(s => s.ContentItemId).ToList();
        var initiatives = await queries.InitiativesAsync(keys, ids);
        var quarters = await queries.QuartersAsync(keys, ids);
        var result = strategies.Select(strategy =>
        {
            var part = strategy.As<StrategyPart>();
            return new StrategyDto(
                strategy.ContentItemId,
                strategy.DisplayText,
                part.CommitteeId,
                part.ApprovedOn,
                [.. part.FocusAreas.Select(f => new FocusAreaDto(f.Id, f.Name))],
                [
                    .. initiatives[strategy.ContentItemId].Select(i =>
                    {
                        var initiative = i.As<InitiativePart>();
                        return new InitiativeDto(i.ContentItemId, initiative.Number, i.DisplayText, initiative.FocusAreaId, initiative.Coordinator, initiative.RecommendationId);
                    }),
                ],
                [.. quarters[strategy.ContentItemId]]);
        }).ToList();

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<StrategyStatusDto>, ProblemHttpResult>> GetStatusAsync(
        [Description("Strategiens id.")] string id,
        [Description("Kvartalet, fx 2022Q4.")] string? quarter,
        ClaimsPrincipal user,
        StrategyPages pages)
    {
        Quarter? asked = null;
        if (!string.IsNullOrEmpty(quarter) && !Quarter.TryParse(quarter, out asked))
        {
            return ReaderApi.BadRequest($"Kvartalet '{quarter}' kan ikke læses. Skriv det som år og kvartal, fx 2022Q4.");
        }

        if (await pages.StatusAsync(user, id, asked) is not { } status)
        {
            return ReaderApi.NotFound($"Strategien '{id}' findes ikke.");
        }

        if (!status.IsRecorded)
        {
            return ReaderApi.NotFound($"Strategien er ikke fulgt op for {status.Quarter.ToDanish()}.");
        }

        return TypedResults.Ok(new StrategyStatusDto(
            id,
            status.Quarter.ToString(),
            status.Total,
            [.. status.Counts.Select(c => new StatusCountDto(c.Status, RecommendationText.Of(c.Status), c.Count, c.Previous))],
            status.Summary));
    }
}
