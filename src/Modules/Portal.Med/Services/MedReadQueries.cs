using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Med.Indexes;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>Which published meetings to read: one committee or all, a period of start times, a status.</summary>
public sealed record MeetingFilter(
    string? CommitteeId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    MeetingStatus? Status = null,
    bool NewestFirst = false,
    int? Take = null);

/// <summary>An agenda item as a list shows it: number, title, closed, and whether the keys may read it.</summary>
public sealed record AgendaItemRow(string Id, string MeetingId, string Number, string Title, bool IsClosed, bool CanRead, bool IsConfidential = false)
{
    /// <summary>What a calendar shows: a closed or confidential item only as such, even to its readers, since calendars end up on phones and in shared mailboxes.</summary>
    public string PublicTitle => IsClosed ? MedVisibilityProvider.ClosedTitle : IsConfidential ? MedVisibilityProvider.ConfidentialTitle : Title;
}

/// <summary>An open agenda item the reader may see, with its title and content.</summary>
public sealed record OpenItem(string Id, string Title, AgendaItemPart Part);

/// <summary>
/// The reads of the calendar, the feeds and the API. Every list is narrowed by the platform's
/// visibility keys, in the query, in a fixed number of round trips whatever the number of rows.
/// </summary>
public sealed class MedReadQueries(PortalDbContext db, IContentVisibility visibility, TimeProvider clock)
{
    /// <summary>The published committees the keys may read, by name, with their documents.</summary>
    public Task<List<ContentItem>> CommitteesAsync(IReadOnlySet<string> keys) =>
        visibility.Versions(keys).Where(c => c.Published && c.ContentType == MedTypes.Committee)
            .OrderBy(c => c.DisplayText)
            .ToListAsync();

    public Task<ContentItem?> CommitteeAsync(string id, IReadOnlySet<string> keys) =>
        visibility.Versions(keys).Where(c => c.ContentItemId == id && c.Published && c.ContentType == MedTypes.Committee)
            .FirstOrDefaultAsync();

    /// <summary>The published meetings the keys may read, with their documents: one query.</summary>
    public async Task<List<ContentItem>> MeetingsAsync(IReadOnlySet<string> keys, MeetingFilter filter)
    {
        var rows = visibility.Readable(db.Set<MeetingIndex>().AsNoTracking().Where(m => m.Published), keys);
        if (!string.IsNullOrEmpty(filter.CommitteeId))
        {
            rows = rows.Where(m => m.CommitteeId == filter.CommitteeId);
        }

        if (filter.FromUtc is { } from)
        {
            rows = rows.Where(m => m.StartsUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            rows = rows.Where(m => m.StartsUtc < to);
        }

        if (filter.Status is { } status)
        {
            rows = rows.Where(m => m.Status == status);
        }

        rows = filter.NewestFirst
            ? rows.OrderByDescending(m => m.StartsUtc).ThenBy(m => m.ContentItemId)
            : rows.OrderBy(m => m.StartsUtc).ThenBy(m => m.ContentItemId);
        if (filter.Take is { } take)
        {
            rows = rows.Take(take);
        }

        var meetings = await (
            from m in rows
            join c in visibility.Versions(keys) on m.ContentItemVersionId equals c.ContentItemVersionId
            select new { Meeting = c, m.StartsUtc, m.ContentItemId }).ToListAsync();

        // Joins do not promise to keep the order of their outer rows.
        var ordered = filter.NewestFirst
            ? meetings.OrderByDescending(m => m.StartsUtc).ThenBy(m => m.ContentItemId, StringComparer.Ordinal)
            : meetings.OrderBy(m => m.StartsUtc).ThenBy(m => m.ContentItemId, StringComparer.Ordinal);
        return [.. ordered.Select(m => m.Meeting)];
    }

    public Task<ContentItem?> MeetingAsync(string id, IReadOnlySet<string> keys) =>
        visibility.Versions(keys).Where(c => c.ContentItemId == id && c.Published && c.ContentType == MedTypes.Meeting)
            .FirstOrDefaultAsync();

    /// <summary>
    /// The agendas of these meetings from the index (no documents), in each meeting's order, as the
    /// keys may see them: an item they may only know of comes with its redacted title.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AgendaItemRow>>> AgendasAsync(IReadOnlyList<ContentItem> meetings, IReadOnlySet<string> keys)
    {
        var meetingIds = meetings.Select(m => m.ContentItemId).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = meetingIds.Count == 0 ? [] : await visibility.Visible(db.Set<AgendaItemIndex>().AsNoTracking().Where(i => i.Published && meetingIds.Contains(i.MeetingId)), keys)
            .Select(v => new AgendaItemRow(
                v.Row.ContentItemId,
                v.Row.MeetingId,
                v.Row.Number,
                v.IsRedacted ? v.RedactedText ?? "" : v.Row.Title,
                v.Row.IsClosed,
                !v.IsRedacted,
                v.Row.ConfidentialUntilUtc != null && v.Row.ConfidentialUntilUtc > now))
            .ToListAsync();
        var byMeeting = rows.ToLookup(r => r.MeetingId);
        return meetings.ToDictionary(
            m => m.ContentItemId,
            m =>
            {
                var items = byMeeting[m.ContentItemId].ToDictionary(r => r.Id);
                return (IReadOnlyList<AgendaItemRow>)[.. Agenda.InOrder(items.Keys, m.As<MeetingPart>().AgendaOrder).Select(id => items[id])];
            });
    }

    /// <summary>The open agenda items of these meetings that the keys may read, with their documents: one query.</summary>
    public async Task<IReadOnlyDictionary<string, OpenItem>> ReadableOpenItemsAsync(IReadOnlyCollection<string> meetingIds, IReadOnlySet<string> keys)
    {
        if (meetingIds.Count == 0)
        {
            return new Dictionary<string, OpenItem>();
        }

        // Feeds are forwarded: material shared in confidence stays out of them until its time, as closed items do.
        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.Set<AgendaItemIndex>().AsNoTracking()
            .Where(i => i.Published && !i.IsClosed && (i.ConfidentialUntilUtc == null || i.ConfidentialUntilUtc <= now) && meetingIds.Contains(i.MeetingId));
        var items = await visibility.Versions(keys)
            .Where(c => open.Any(i => i.ContentItemVersionId == c.ContentItemVersionId))
            .ToListAsync();
        return items
            .Select(c => new OpenItem(c.ContentItemId, c.DisplayText, c.As<AgendaItemPart>()))
            .Where(c => !c.Part.IsClosed)
            .ToDictionary(c => c.Id);
    }
}
