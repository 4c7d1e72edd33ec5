using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.AuditTrail.Models;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Display;

namespace Portal.AuditTrail.Services;

/// <summary>What the admin view filters by; the dates are Danish days, both included.</summary>
public sealed record AuditFilter(string? User = null, string? Item = null, string? Kind = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A record as one viewer may see it: about content they may not read, only that it happened.</summary>
public sealed record AuditRow(AuditRecord Record, bool ContentHidden)
{
    public string? Title => ContentHidden ? AuditText.HiddenContent : Record.ContentTitle;

    public string Summary => ContentHidden ? "" : Record.Summary;

    public string? Fields => ContentHidden ? null : Record.Fields;

    public string? Comment => ContentHidden ? null : Record.Comment;
}

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageCount);

/// <summary>Reads the records, newest first, and hides what they say about content the viewer may not read.</summary>
public sealed class AuditLog(PortalDbContext db, IContentVisibility visibility)
{
    /// <summary>The most rows one CSV export holds.</summary>
    public const int ExportLimit = 100_000;

    public async Task<AuditPage> PageAsync(ClaimsPrincipal viewer, AuditFilter filter, int page, int pageSize)
    {
        var keys = await visibility.KeysOfAsync(viewer);
        var query = Filtered(filter, keys);
        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var records = await Newest(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        return new AuditPage(await MaskAsync(records, keys), total, page, pageCount);
    }

    public async Task<IReadOnlyList<AuditRow>> ExportAsync(ClaimsPrincipal viewer, AuditFilter filter)
    {
        var keys = await visibility.KeysOfAsync(viewer);
        var records = await Newest(Filtered(filter, keys)).Take(ExportLimit).ToListAsync();
        return await MaskAsync(records, keys);
    }

    /// <summary>The item's newest records and how many there are.</summary>
    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> ForItemAsync(ClaimsPrincipal viewer, string contentItemId, int take)
    {
        var keys = await visibility.KeysOfAsync(viewer);
        var query = Records().Where(r => r.ContentItemId == contentItemId);
        var records = await Newest(query).Take(take).ToListAsync();
        return (await MaskAsync(records, keys), await query.CountAsync());
    }

    private IQueryable<AuditRecord> Records() => db.Set<AuditRecord>().AsNoTracking();

    private static IQueryable<AuditRecord> Newest(IQueryable<AuditRecord> query) =>
        query.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id);

    private IQueryable<AuditRecord> Filtered(AuditFilter filter, IReadOnlySet<string> keys)
    {
        var query = Records();
        if (filter.User?.Trim() is { Length: > 0 } user)
        {
            query = query.Where(r => r.UserName == user);
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (filter.Item?.Trim() is { Length: > 0 } item)
        {
            // By id, or by the title of an item the viewer may read: a title they may not read finds nothing.
            // SQLite's lower() changes ASCII letters only, so the title is tried as typed too (Æ, Ø, Å).
            var lower = item.ToLowerInvariant();
#pragma warning disable CA1862 // Translated to SQL; the StringComparison overloads are not.
            var titled = visibility.Versions(keys).Where(c => c.Latest && (c.DisplayText.Contains(item) || c.DisplayText.ToLower().Contains(lower))).Select(c => c.ContentItemId);
#pragma warning restore CA1862
            query = query.Where(r => r.ContentItemId == item || titled.Contains(r.ContentItemId!));
        }

        if (filter.From is { } from)
        {
            var fromUtc = DanishClock.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            query = query.Where(r => r.CreatedUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var untilUtc = DanishClock.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(r => r.CreatedUtc < untilUtc);
        }

        return query;
    }

    /// <summary>A record's content shows when the viewer may read the item's latest version or the very version it names.</summary>
    private async Task<IReadOnlyList<AuditRow>> MaskAsync(IReadOnlyList<AuditRecord> records, IReadOnlySet<string> keys)
    {
        var ids = records.Where(r => r.ContentItemId is not null).Select(r => r.ContentItemId!).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [.. records.Select(r => new AuditRow(r, false))];
        }

        var versionIds = records.Where(r => r.ContentItemVersionId is not null).Select(r => r.ContentItemVersionId!).Distinct().ToList();
        var readable = await visibility.Versions(keys)
            .Where(c => ids.Contains(c.ContentItemId) && (c.Latest || versionIds.Contains(c.ContentItemVersionId)))
            .Select(c => new { c.ContentItemId, c.ContentItemVersionId, c.Latest })
            .ToListAsync();
        var latest = readable.Where(r => r.Latest).Select(r => r.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var versions = readable.Select(r => r.ContentItemVersionId).ToHashSet(StringComparer.Ordinal);
        return [.. records.Select(r => new AuditRow(
            r,
            r.ContentItemId is { } id && !latest.Contains(id) && (r.ContentItemVersionId is null || !versions.Contains(r.ContentItemVersionId))))];
    }
}
