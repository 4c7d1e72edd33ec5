using Portal.Core.Display;
using System.Security.Claims;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Med.Services;
using Portal.Recommendations.Models;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Services;

/// <summary>
/// The read models of the strategy pages: the list, the follow-up dashboard of a quarter (counts per
/// status and the change since the quarter before, the summary sentence, what is missing) and an
/// initiative's history.
/// </summary>
public sealed class StrategyPages(
    RecommendationQueries queries,
    IContentVisibility visibility,
    RelatedAgendaItems relatedItems,
    FollowUpPermissions recorders,
    CommitteeDirectory committees,
    PortalDbContext db,
    TimeProvider clock)
{
    public async Task<StrategyIndexViewModel> IndexAsync(ClaimsPrincipal user)
    {
        var keys = await visibility.KeysOfAsync(user);
        var names = await committees.NamesAsync(db);
        var strategies = await queries.PublishedAsync(keys, RecommendationTypes.Strategy);
        var ids = strategies.Select(s => s.ContentItemId).ToList();
        var initiatives = await queries.InitiativesAsync(keys, ids);
        var quarters = await queries.QuartersAsync(keys, ids);
        return new StrategyIndexViewModel(
        [
            .. strategies.Select(strategy =>
            {
                var part = strategy.As<StrategyPart>();
                return new StrategyListItem(strategy, part, names.GetValueOrDefault(part.CommitteeId, ""), initiatives[strategy.ContentItemId].Count(), quarters[strategy.ContentItemId].LastOrDefault());
            }),
        ]);
    }

    /// <summary>
    /// The dashboard of <paramref name="quarter"/>, or of the latest quarter followed up when none is
    /// asked for (the last ended quarter when none is). Null when the strategy is not the user's to see.
    /// </summary>
    public async Task<DashboardViewModel?> DashboardAsync(ClaimsPrincipal user, string strategyId, Quarter? quarter)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await QuartersAsync(keys, strategyId, quarter) is not { } quarters)
        {
            return null;
        }

        var (strategy, recordedBy, shown, today) = quarters;
        var part = strategy.As<StrategyPart>();
        var current = quarters.Current;
        var rows = Rows(await queries.InitiativesAsync(keys, strategyId), part, current, quarters.Previous);
        var counts = StatusesOf(current, quarters.Previous);
        var missing = current is null ? [] : rows.Where(r => r.Entry is null).ToList();
        var recorded = recordedBy.Keys.Order().ToList();
        var nextDue = recorded.Count > 0 ? recorded[^1].Next() : (Quarter?)null;
        var names = await committees.NamesAsync(db);
        return new DashboardViewModel(
            strategy,
            part,
            names.GetValueOrDefault(part.CommitteeId, ""),
            shown,
            current is not null,
            recorded,
            counts,
            current is null ? "" : StatusSummary.Describe(counts.ToDictionary(c => c.Status, c => c.Count)),
            current?.Summary ?? "",
            current?.SummaryCorrections ?? [],
            rows,
            missing,
            shown.IsOverdueOn(today),
            nextDue is { } due && due <= Quarter.LastEnded(today) ? due : null,
            nextDue is { } next && next.IsOverdueOn(today),
            await relatedItems.OfAsync(keys, part.RelatedItemIds),
            await recorders.CanRecordAsync(user, part));
    }

    /// <summary>
    /// What the API tells of a quarter (the same quarter the dashboard would show): the counts and the
    /// sentence, without the rest of the page. Null when the strategy is not the user's to see.
    /// </summary>
    public async Task<QuarterStatus?> StatusAsync(ClaimsPrincipal user, string strategyId, Quarter? quarter)
    {
        if (await QuartersAsync(await visibility.KeysOfAsync(user), strategyId, quarter) is not { } quarters)
        {
            return null;
        }

        var counts = StatusesOf(quarters.Current, quarters.Previous);
        return new QuarterStatus(
            quarters.Shown,
            quarters.Current is not null,
            counts,
            quarters.Current is null ? "" : StatusSummary.Describe(counts.ToDictionary(c => c.Status, c => c.Count)));
    }

    public async Task<InitiativePageViewModel?> InitiativeAsync(ClaimsPrincipal user, string id)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await queries.PublishedAsync(keys, RecommendationTypes.Initiative, id) is not { } initiative)
        {
            return null;
        }

        var part = initiative.As<InitiativePart>();
        var around = await queries.PublishedByIdAsync(keys, [part.StrategyId, part.RecommendationId ?? ""]);
        if (!around.TryGetValue(part.StrategyId, out var strategy))
        {
            return null;
        }

        var history = Recorded(await queries.FollowUpsAsync(keys, part.StrategyId))
            .SelectMany(f => f.Value.Entries.Where(e => e.InitiativeId == id).Select(e => (f.Key, e)))
            .OrderByDescending(h => h.Key)
            .ToList();
        var focusArea = strategy.As<StrategyPart>().FocusAreas.FirstOrDefault(f => f.Id == part.FocusAreaId)?.Name ?? "";
        return new InitiativePageViewModel(initiative, part, strategy, focusArea, part.RecommendationId is { } r ? around.GetValueOrDefault(r) : null, history);
    }

    /// <summary>
    /// Counts per status of the quarter's entries, with the quarter before when it was followed up.
    /// Counted from what was recorded, so a quarter's figures stay as they were when an initiative
    /// later leaves the plan.
    /// </summary>
    public static IReadOnlyList<StatusCount> StatusesOf(QuarterlyFollowUpPart? current, QuarterlyFollowUpPart? previous) =>
        [
            .. RecommendationText.InitiativeStatuses.Select(status => new StatusCount(
                status,
                current?.Entries.Count(e => e.Status == status) ?? 0,
                previous?.Entries.Count(e => e.Status == status))),
        ];

    /// <summary>The strategy's follow-ups by quarter, and which quarter to show.</summary>
    private async Task<Quarters?> QuartersAsync(IReadOnlySet<string> keys, string strategyId, Quarter? quarter)
    {
        if (await queries.PublishedAsync(keys, RecommendationTypes.Strategy, strategyId) is not { } strategy)
        {
            return null;
        }

        var today = DanishClock.Day(clock.GetUtcNow().UtcDateTime);
        var recorded = Recorded(await queries.FollowUpsAsync(keys, strategyId));
        return new Quarters(strategy, recorded, quarter ?? (recorded.Count > 0 ? recorded.Keys.Max() : Quarter.LastEnded(today)), today);
    }

    /// <summary>Follow-ups by their quarter; one whose quarter cannot be read is left out.</summary>
    private static Dictionary<Quarter, QuarterlyFollowUpPart> Recorded(IEnumerable<ContentItem> followUps)
    {
        var recorded = new Dictionary<Quarter, QuarterlyFollowUpPart>();
        foreach (var part in followUps.Select(f => f.As<QuarterlyFollowUpPart>()))
        {
            if (Quarter.TryParse(part.Quarter, out var quarter))
            {
                recorded[quarter.Value] = part;
            }
        }

        return recorded;
    }

    private sealed record Quarters(ContentItem Strategy, IReadOnlyDictionary<Quarter, QuarterlyFollowUpPart> Recorded, Quarter Shown, DateOnly Today)
    {
        public QuarterlyFollowUpPart? Current => Recorded.GetValueOrDefault(Shown);

        public QuarterlyFollowUpPart? Previous => Recorded.GetValueOrDefault(Shown.Previous());
    }

    private static List<InitiativeRow> Rows(IEnumerable<ContentItem> initiatives, StrategyPart strategy, QuarterlyFollowUpPart? current, QuarterlyFollowUpPart? previous)
    {
        var areas = strategy.FocusAreas.ToDictionary(f => f.Id, f => f.Name);
        var now = current?.Entries.ToDictionary(e => e.InitiativeId) ?? [];
        var before = previous?.Entries.ToDictionary(e => e.InitiativeId) ?? [];
        return
        [
            .. initiatives.Select(i =>
            {
                var part = i.As<InitiativePart>();
                return new InitiativeRow(i, part, areas.GetValueOrDefault(part.FocusAreaId, ""), now.GetValueOrDefault(i.ContentItemId), before.GetValueOrDefault(i.ContentItemId));
            }),
        ];
    }
}
