using System.Security.Claims;
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
public sealed class MedQueries(PortalDbContext db, IContentVisibility visibility, TimeProvider clock, CommitteeDirectory directory)
{
    /// <summary>
    /// Published pages and other listable content an item can refer to, by title: only what every
    /// signed-in user may read, since the titles are shown to everyone who reads the item.
    /// </summary>
    public async Task<List<KeyValuePair<string, string>>> LinkableContentAsync(IReadOnlyCollection<string> types, IReadOnlyCollection<string>? onlyIds = null)
    {
        var query = visibility.Versions(PrincipalKeys.EveryoneOnly).Where(c => c.Published && types.Contains(c.ContentType));
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

    /// <summary>The published committee or meeting, when the user may read it.</summary>
    public async Task<ContentItem?> PublishedAsync(ClaimsPrincipal user, string contentItemId, string contentType) =>
        await visibility.ReadAsync(user, contentItemId, VersionOptions.Published, contentType);

    public Task<IReadOnlyDictionary<string, string>> CommitteeNamesAsync() => directory.NamesAsync(db);

    public Task<List<MeetingIndex>> UpcomingMeetingsAsync(IReadOnlySet<string> keys, string committeeId, int take) =>
        visibility.Readable(db.Set<MeetingIndex>().AsNoTracking(), keys)
            .Where(m => m.Published && m.CommitteeId == committeeId && m.StartsUtc >= clock.GetUtcNow().UtcDateTime)
            .OrderBy(m => m.StartsUtc).Take(take).ToListAsync();

    public Task<List<MeetingIndex>> LatestMinutesAsync(IReadOnlySet<string> keys, string committeeId, int take) =>
        visibility.Readable(db.Set<MeetingIndex>().AsNoTracking(), keys)
            .Where(m => m.Published && m.CommitteeId == committeeId && m.Status == MeetingStatus.MinutesPublished)
            .OrderByDescending(m => m.StartsUtc).Take(take).ToListAsync();

    /// <summary>The next meetings of any of these committees, soonest first.</summary>
    public Task<List<MeetingIndex>> UpcomingMeetingsAsync(IReadOnlySet<string> keys, IReadOnlyCollection<string> committeeIds, int take) =>
        visibility.Readable(db.Set<MeetingIndex>().AsNoTracking(), keys)
            .Where(m => m.Published && committeeIds.Contains(m.CommitteeId) && m.StartsUtc >= clock.GetUtcNow().UtcDateTime)
            .OrderBy(m => m.StartsUtc).Take(take).ToListAsync();

    /// <summary>The newest published minutes of any of these committees.</summary>
    public Task<List<MeetingIndex>> LatestMinutesAsync(IReadOnlySet<string> keys, IReadOnlyCollection<string> committeeIds, int take) =>
        visibility.Readable(db.Set<MeetingIndex>().AsNoTracking(), keys)
            .Where(m => m.Published && committeeIds.Contains(m.CommitteeId) && m.Status == MeetingStatus.MinutesPublished)
            .OrderByDescending(m => m.StartsUtc).Take(take).ToListAsync();

    /// <summary>
    /// The committee's published minutes by year (Danish time): the years that have any, newest
    /// first, and the meetings of the year asked for (or of the newest year), newest first.
    /// </summary>
    public async Task<MinutesArchive> MinutesArchiveAsync(IReadOnlySet<string> keys, string committeeId, int? year)
    {
        var meetings = await visibility.Readable(db.Set<MeetingIndex>().AsNoTracking(), keys)
            .Where(m => m.Published && m.CommitteeId == committeeId && m.Status == MeetingStatus.MinutesPublished)
            .OrderByDescending(m => m.StartsUtc)
            .ToListAsync();
        var byYear = meetings.ToLookup(m => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(m.StartsUtc, DateTimeKind.Utc), Portal.Core.Display.LocalTimeTagHelper.DanishTime).Year);
        var years = byYear.Select(g => g.Key).OrderDescending().ToList();
        var shown = year ?? (years.Count > 0 ? years[0] : null);
        return new MinutesArchive(years, shown, shown is { } y ? [.. byYear[y]] : []);
    }

    /// <summary>The meeting's published items in agenda order, as the keys may see them (closed ones redacted): one query.</summary>
    public async Task<IReadOnlyList<AgendaItemView>> AgendaAsync(ContentItem meeting, IReadOnlySet<string> keys)
    {
        var items = await visibility.GetManyAsync(keys, db.Set<AgendaItemIndex>().Where(i => i.Published && i.MeetingId == meeting.ContentItemId));
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. Agenda.InOrder(items.Keys, meeting.As<MeetingPart>().AgendaOrder).Select(id => AgendaItemView.Of(items[id], now))];
    }

    /// <summary>Every item on the meeting, whoever may read it: what the secretary's order covers.</summary>
    public Task<List<string>> ItemsOnMeetingAsync(string meetingId) =>
        db.Set<AgendaItemIndex>().AsNoTracking().Where(i => i.Latest && i.MeetingId == meetingId).Select(i => i.ContentItemId).ToListAsync();

    public async Task<AgendaItemView?> AgendaItemAsync(string id, IReadOnlySet<string> keys) =>
        (await visibility.GetManyAsync(keys, [id], VersionOptions.Published, MedTypes.AgendaItem)).GetValueOrDefault(id) is { } item
            ? AgendaItemView.Of(item, clock.GetUtcNow().UtcDateTime)
            : null;

    /// <summary>A page of the register (clamped to the pages there are), the total and the page given.</summary>
    public async Task<(List<DecisionRow> Rows, int Total, int Page)> DecisionsAsync(
        IReadOnlySet<string> keys, string? committeeId, DateOnly? from, DateOnly? to, DecisionOutcome? outcome, int page, int pageSize)
    {
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

        var visible = visibility.Visible(query, keys);

        // The outcome of a closed item is part of its content: filtering on it only finds readable ones.
        if (outcome is { } o)
        {
            visible = visible.Where(v => !v.IsRedacted && v.Row.Outcome == o);
        }

        var total = await visible.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

        // A redacted decision keeps only what shows that it exists: number, date and committee.
        var rows = (await visible
            .OrderByDescending(v => v.Row.Date).ThenBy(v => v.Row.Number)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(v => new
            {
                v.IsRedacted,
                v.Row.ContentItemId,
                v.Row.ContentItemVersionId,
                v.Row.CommitteeId,
                v.Row.MeetingId,
                v.Row.Date,
                v.Row.Number,
                v.Row.IsClosed,
                Title = v.IsRedacted ? v.RedactedText : v.Row.Title,
                Outcome = v.IsRedacted ? default : v.Row.Outcome,
            })
            .ToListAsync())
            .Select(v => (Decision: new DecisionIndex
            {
                ContentItemId = v.ContentItemId,
                ContentItemVersionId = v.ContentItemVersionId,
                CommitteeId = v.CommitteeId,
                MeetingId = v.MeetingId,
                Date = v.Date,
                Number = v.Number,
                IsClosed = v.IsClosed,
                Title = v.Title ?? "",
                Outcome = v.Outcome,
                Published = true,
            }, CanRead: !v.IsRedacted))
            .ToList();
        var names = await CommitteeNamesAsync();
        return ([.. rows.Select(r => new DecisionRow(r.Decision, names.GetValueOrDefault(r.Decision.CommitteeId, ""), r.CanRead))], total, page);
    }
}
