using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Recommendations.Indexes;

namespace Portal.Recommendations.Services;

/// <summary>
/// The module's reads. Every one goes through the platform's visibility API with the reader's
/// keys, so a draft or anything else the reader may not see is simply not there.
/// </summary>
public sealed class RecommendationQueries(PortalDbContext db, IContentVisibility visibility)
{
    /// <summary>The published items of a type the keys may read, by title.</summary>
    public Task<List<ContentItem>> PublishedAsync(IReadOnlySet<string> keys, string contentType) =>
        visibility.Versions(keys).Where(c => c.Published && c.ContentType == contentType)
            .OrderBy(c => c.DisplayText)
            .ToListAsync();

    /// <summary>One published item of a type, when the keys may read it.</summary>
    public Task<ContentItem?> PublishedAsync(IReadOnlySet<string> keys, string contentType, string id) =>
        visibility.Versions(keys).Where(c => c.ContentItemId == id && c.Published && c.ContentType == contentType)
            .FirstOrDefaultAsync();

    /// <summary>Published items by id, those the keys may read: one query.</summary>
    public async Task<IReadOnlyDictionary<string, ContentItem>> PublishedByIdAsync(IReadOnlySet<string> keys, IEnumerable<string> ids)
    {
        var wanted = ids.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, ContentItem>();
        }

        var items = await visibility.Versions(keys).Where(c => c.Published && wanted.Contains(c.ContentItemId)).ToListAsync();
        return items.ToDictionary(c => c.ContentItemId);
    }

    /// <summary>The published recommendations the keys may read, of one report or all, by report and number.</summary>
    public async Task<List<ContentItem>> RecommendationsAsync(IReadOnlySet<string> keys, string? reportId = null)
    {
        var rows = visibility.Readable(db.Set<RecommendationIndex>().AsNoTracking().Where(r => r.Published), keys);
        if (reportId is not null)
        {
            rows = rows.Where(r => r.ReportId == reportId);
        }

        var found = await (
            from r in rows
            join c in visibility.Versions(keys) on r.ContentItemVersionId equals c.ContentItemVersionId
            select new { Item = c, r.ReportId, r.Number }).ToListAsync();
        return [.. found.OrderBy(f => f.ReportId, StringComparer.Ordinal).ThenBy(f => f.Number).Select(f => f.Item)];
    }

    /// <summary>A strategy's published initiatives the keys may read, in the order of its action plan.</summary>
    public async Task<List<ContentItem>> InitiativesAsync(IReadOnlySet<string> keys, string strategyId) =>
        [.. (await InitiativesAsync(keys, [strategyId]))[strategyId]];

    /// <summary>The published initiatives of these strategies the keys may read, by strategy, in plan order: one query.</summary>
    public async Task<ILookup<string, ContentItem>> InitiativesAsync(IReadOnlySet<string> keys, IReadOnlyCollection<string> strategyIds)
    {
        var rows = visibility.Readable(db.Set<InitiativeIndex>().AsNoTracking().Where(i => i.Published && strategyIds.Contains(i.StrategyId)), keys);
        var found = await (
            from i in rows
            join c in visibility.Versions(keys) on i.ContentItemVersionId equals c.ContentItemVersionId
            select new { Item = c, i.StrategyId, i.Number }).ToListAsync();
        return found
            .OrderBy(f => f.Number).ThenBy(f => f.Item.DisplayText, StringComparer.CurrentCulture)
            .ToLookup(f => f.StrategyId, f => f.Item);
    }

    /// <summary>The published initiatives that carry out a recommendation.</summary>
    public Task<List<ContentItem>> InitiativesOfRecommendationAsync(IReadOnlySet<string> keys, string recommendationId)
    {
        var rows = visibility.Readable(db.Set<InitiativeIndex>().AsNoTracking().Where(i => i.Published && i.RecommendationId == recommendationId), keys);
        return visibility.Versions(keys)
            .Where(c => rows.Any(i => i.ContentItemVersionId == c.ContentItemVersionId))
            .OrderBy(c => c.DisplayText)
            .ToListAsync();
    }

    /// <summary>A strategy's published follow-ups the keys may read, oldest quarter first.</summary>
    public async Task<List<ContentItem>> FollowUpsAsync(IReadOnlySet<string> keys, string strategyId)
    {
        var rows = visibility.Readable(db.Set<FollowUpIndex>().AsNoTracking().Where(f => f.Published && f.StrategyId == strategyId), keys);
        var found = await (
            from f in rows
            join c in visibility.Versions(keys) on f.ContentItemVersionId equals c.ContentItemVersionId
            select new { Item = c, f.Quarter }).ToListAsync();
        return [.. found.OrderBy(f => f.Quarter, StringComparer.Ordinal).Select(f => f.Item)];
    }

    /// <summary>The quarters these strategies were followed up, as the keys may see them, by strategy, oldest first: one query, no documents.</summary>
    public async Task<ILookup<string, string>> QuartersAsync(IReadOnlySet<string> keys, IReadOnlyCollection<string> strategyIds)
    {
        var rows = await visibility.Readable(db.Set<FollowUpIndex>().AsNoTracking().Where(f => f.Published && strategyIds.Contains(f.StrategyId)), keys)
            .Select(f => new { f.StrategyId, f.Quarter })
            .ToListAsync();
        return rows.OrderBy(r => r.Quarter, StringComparer.Ordinal).ToLookup(r => r.StrategyId, r => r.Quarter);
    }

    /// <summary>The recommendations and strategies that name a MED agenda item, as the keys may read them.</summary>
    public Task<List<RelatedItemIndex>> RelatedToItemAsync(IReadOnlySet<string> keys, string agendaItemId) =>
        visibility.Readable(db.Set<RelatedItemIndex>().AsNoTracking().Where(r => r.Published && r.AgendaItemId == agendaItemId), keys)
            .OrderBy(r => r.ContentType).ThenBy(r => r.Title)
            .ToListAsync();
}
