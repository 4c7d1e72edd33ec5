using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.ViewModels;

namespace Portal.Med.Services;

/// <summary>
/// The read side of the module. Lists come from index rows, pages load only the documents they
/// show, and every read goes through the platform's readers so closed material stays closed.
/// </summary>
public sealed class MedQueries(PortalDbContext db, TimeProvider clock, CommitteeDirectory directory)
{
    /// <summary>
    /// Published pages and other listable content an item can refer to, by title: only what every
    /// signed-in user may read, since the titles are shown to everyone who reads the item.
    /// </summary>
    public async Task<List<KeyValuePair<string, string>>> LinkableContentAsync(IReadOnlyCollection<string> types, IReadOnlyCollection<string>? onlyIds = null)
    {
        var everyone = db.Set<ContentReader>();
        var query = db.ContentItems.AsNoTracking()
            .Where(c => c.Published && types.Contains(c.ContentType))
            .Where(c => everyone.Any(r => r.ContentItemVersionId == c.ContentItemVersionId && r.PrincipalKey == PrincipalKeys.Everyone));
        if (onlyIds is not null)
        {
            query = query.Where(c => onlyIds.Contains(c.ContentItemId));
        }

        return await query
            .OrderBy(c => c.DisplayText)
            .Take(500)
            .Select(c => new KeyValuePair<string, string>(c.ContentItemId, c.DisplayText))
            .ToListAsync();
    }

    /// <summary>The closed agenda items on the committee's meetings.</summary>
    public Task<List<string>> ClosedItemIdsAsync(string committeeId)
    {
        var meetings = db.Set<MeetingIndex>().Where(m => m.CommitteeId == committeeId && m.Latest).Select(m => m.ContentItemId);
        return db.Set<AgendaItemIndex>().AsNoTracking()
            .Where(i => i.Latest && i.IsClosed && meetings.Contains(i.MeetingId))
            .Select(i => i.ContentItemId)
            .Distinct()
            .ToListAsync();
    }

    public Task<List<CommitteeIndex>> CommitteesAsync() =>
        db.Set<CommitteeIndex>().AsNoTracking().Where(c => c.Published).OrderBy(c => c.Name).ToListAsync();

    public async Task<IReadOnlyList<CommitteeNode>> CommitteeTreeAsync()
    {
        var all = await CommitteesAsync();
        var ids = all.Select(c => c.ContentItemId).ToHashSet();
        var byParent = all.ToLookup(c => c.ParentCommitteeId is { } p && ids.Contains(p) ? p : null);
        List<CommitteeNode> Build(string? parent) =>
            [.. byParent[parent].OrderBy(c => c.Kind).ThenBy(c => c.Name).Select(c => new CommitteeNode(c, Build(c.ContentItemId)))];
        return Build(null);
    }

    public Task<ContentItem?> PublishedAsync(string contentItemId, string contentType) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.ContentType == contentType && c.Published);

    public Task<IReadOnlyDictionary<string, string>> CommitteeNamesAsync() => directory.NamesAsync(db);

    public Task<List<MeetingIndex>> UpcomingMeetingsAsync(string committeeId, int take) =>
        db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.Published && m.CommitteeId == committeeId && m.StartsUtc >= clock.GetUtcNow().UtcDateTime)
            .OrderBy(m => m.StartsUtc).Take(take).ToListAsync();

    public Task<List<MeetingIndex>> LatestMinutesAsync(string committeeId, int take) =>
        db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.Published && m.CommitteeId == committeeId && m.Status == MeetingStatus.MinutesPublished)
            .OrderByDescending(m => m.StartsUtc).Take(take).ToListAsync();

    /// <summary>The meeting's published items in agenda order, each with whether the keys may read it: one query.</summary>
    public async Task<IReadOnlyList<AgendaItemView>> AgendaAsync(MeetingPart meeting, IReadOnlySet<string> keys)
    {
        var ids = meeting.AgendaItemIds;
        var keyList = keys.ToList();
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => ids.Contains(c.ContentItemId) && c.Published && c.ContentType == MedTypes.AgendaItem)
            .Select(c => new
            {
                Item = c,
                CanRead = db.Set<ContentReader>().Any(r => r.ContentItemVersionId == c.ContentItemVersionId && keyList.Contains(r.PrincipalKey)),
            })
            .ToListAsync();
        var byId = rows.ToDictionary(r => r.Item.ContentItemId);
        return [.. ids.Where(byId.ContainsKey).Select(id => new AgendaItemView(byId[id].Item, byId[id].Item.As<AgendaItemPart>(), byId[id].CanRead))];
    }

    public async Task<AgendaItemView?> AgendaItemAsync(string id, IReadOnlySet<string> keys)
    {
        var keyList = keys.ToList();
        var row = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == id && c.Published && c.ContentType == MedTypes.AgendaItem)
            .Select(c => new
            {
                Item = c,
                CanRead = db.Set<ContentReader>().Any(r => r.ContentItemVersionId == c.ContentItemVersionId && keyList.Contains(r.PrincipalKey)),
            })
            .FirstOrDefaultAsync();
        return row is null ? null : new AgendaItemView(row.Item, row.Item.As<AgendaItemPart>(), row.CanRead);
    }

    /// <summary>A page of the register (clamped to the pages there are), the total and the page given.</summary>
    public async Task<(List<DecisionRow> Rows, int Total, int Page)> DecisionsAsync(
        IReadOnlySet<string> keys, string? committeeId, DateOnly? from, DateOnly? to, DecisionOutcome? outcome, int page, int pageSize)
    {
        var keyList = keys.ToList();
        // A decision belongs to the minutes: it is in the register once they are published.
        var meetings = db.Set<MeetingIndex>();
        var query = db.Set<DecisionIndex>().AsNoTracking()
            .Where(d => d.Published && meetings.Any(m => m.ContentItemId == d.MeetingId && m.Published && m.Status == MeetingStatus.MinutesPublished));
        if (!string.IsNullOrEmpty(committeeId))
        {
            query = query.Where(d => d.CommitteeId == committeeId);
        }

        if (from is { } f)
        {
            query = query.Where(d => d.Date >= f);
        }

        if (to is { } t)
        {
            query = query.Where(d => d.Date <= t);
        }

        var readable = query.Select(d => new
        {
            Decision = d,
            CanRead = db.Set<ContentReader>().Any(r => r.ContentItemVersionId == d.ContentItemVersionId && keyList.Contains(r.PrincipalKey)),
        });

        // The outcome of a closed item is part of its content: filtering on it only finds readable ones.
        if (outcome is { } o)
        {
            readable = readable.Where(d => d.CanRead && d.Decision.Outcome == o);
        }

        var total = await readable.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await readable
            .OrderByDescending(d => d.Decision.Date).ThenBy(d => d.Decision.Number)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync();
        var names = await CommitteeNamesAsync();
        return ([.. rows.Select(r => new DecisionRow(r.Decision, names.GetValueOrDefault(r.Decision.CommitteeId, ""), r.CanRead))], total, page);
    }
}
