using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// The one way to read content: pages, lists, admin screens, feeds, calendars, attachments, the API
/// and search ask here and get back only what the user may see, already redacted. No module reads
/// content versions or their readers any other way.
/// </summary>
public interface IContentVisibility
{
    /// <summary>The user's keys, resolved once per request (and kept a short while: <see cref="Caching.ReaderKeyCache"/>).</summary>
    Task<IReadOnlySet<string>> KeysOfAsync(ClaimsPrincipal user);

    /// <summary>The same for every user holding the same keys, different otherwise: what reader pages are cached under.</summary>
    Task<string> FingerprintOfAsync(ClaimsPrincipal user);

    /// <summary>The item's published (or latest) version as the user may see it: in full, redacted, or null.</summary>
    Task<VisibleContent?> GetAsync(ClaimsPrincipal user, string contentItemId, VersionOptions options = VersionOptions.Published, string? contentType = null);

    /// <summary>The item's published (or latest) version when the user may read it in full; null when it is redacted for them or not theirs to see.</summary>
    Task<ContentItem?> ReadAsync(ClaimsPrincipal user, string contentItemId, VersionOptions options = VersionOptions.Published, string? contentType = null);

    /// <summary>One version by its id, when the user may read it in full.</summary>
    Task<ContentItem?> GetVersionAsync(ClaimsPrincipal user, string contentItemVersionId);

    /// <summary>These items' published (or latest) versions as the keys may see them, by item id: one query.</summary>
    Task<IReadOnlyDictionary<string, VisibleContent>> GetManyAsync(
        IReadOnlySet<string> keys, IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, string? contentType = null);

    /// <summary>
    /// The versions these index rows stand for, as the keys may see them, by item id: one query. For
    /// a module that finds its items by what it indexes (the items of a meeting), not by their ids;
    /// the rows name at most one version per item (its published or its latest).
    /// </summary>
    Task<IReadOnlyDictionary<string, VisibleContent>> GetManyAsync<TRow>(IReadOnlySet<string> keys, IQueryable<TRow> rows)
        where TRow : ContentIndexRow;

    /// <summary>Every version the keys may read in full, untracked, for a module to narrow, order and page.</summary>
    IQueryable<ContentItem> Versions(IReadOnlySet<string> keys);

    /// <summary>Narrows a query of index rows to the versions the keys may read in full.</summary>
    IQueryable<TRow> Readable<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow;

    /// <summary>Narrows a query of index rows to the versions the keys may know of, each marked when only its redacted record may show.</summary>
    IQueryable<VisibleRow<TRow>> Visible<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow;

    Task<bool> CanReadAsync(ClaimsPrincipal user, ContentItem version);
}

internal sealed class ContentVisibility(
    PortalDbContext db,
    IPermissionService permissions,
    IEnumerable<IPrincipalKeyProvider> keyProviders,
    Caching.ReaderKeyCache keyCache) : IContentVisibility
{
    private readonly Dictionary<ClaimsPrincipal, Caching.ReaderKeys> _keys = [];

    public async Task<IReadOnlySet<string>> KeysOfAsync(ClaimsPrincipal user) => (await ReaderKeysOfAsync(user)).Keys;

    public async Task<string> FingerprintOfAsync(ClaimsPrincipal user) => (await ReaderKeysOfAsync(user)).Fingerprint;

    private async Task<Caching.ReaderKeys> ReaderKeysOfAsync(ClaimsPrincipal user)
    {
        if (!_keys.TryGetValue(user, out var keys))
        {
            keys = await keyCache.GetAsync(user, () => ResolveAsync(user));
            _keys[user] = keys;
        }

        return keys;
    }

    private async Task<IReadOnlySet<string>> ResolveAsync(ClaimsPrincipal user)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (user.Identity?.IsAuthenticated == true)
        {
            keys.Add(PrincipalKeys.Everyone);
            foreach (var role in user.FindAll(ClaimTypes.Role))
            {
                keys.Add(PrincipalKeys.Role(role.Value));
            }

            if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
            {
                keys.Add(PrincipalKeys.User(id));
            }

            if (user.Identity.Name is { } name)
            {
                keys.Add(PrincipalKeys.UserName(name));
            }

            foreach (var permission in await permissions.GetGrantedAsync(user))
            {
                keys.Add(PrincipalKeys.Permission(permission));
            }

            foreach (var provider in keyProviders)
            {
                await provider.AddKeysAsync(user, keys);
            }
        }

        return keys;
    }

    public async Task<VisibleContent?> GetAsync(ClaimsPrincipal user, string contentItemId, VersionOptions options = VersionOptions.Published, string? contentType = null) =>
        (await GetManyAsync(await KeysOfAsync(user), [contentItemId], options, contentType)).GetValueOrDefault(contentItemId);

    public async Task<ContentItem?> ReadAsync(ClaimsPrincipal user, string contentItemId, VersionOptions options = VersionOptions.Published, string? contentType = null) =>
        await GetAsync(user, contentItemId, options, contentType) is { IsRedacted: false } visible ? visible.Item : null;

    public async Task<ContentItem?> GetVersionAsync(ClaimsPrincipal user, string contentItemVersionId) =>
        await Versions(await KeysOfAsync(user)).FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId);

    public async Task<IReadOnlyDictionary<string, VisibleContent>> GetManyAsync(
        IReadOnlySet<string> keys, IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, string? contentType = null)
    {
        var ids = contentItemIds.Distinct().ToList();
        if (ids.Count == 0 || keys.Count == 0)
        {
            return new Dictionary<string, VisibleContent>();
        }

        var versions = db.ContentItems.AsNoTracking().Where(c => ids.Contains(c.ContentItemId));
        versions = options == VersionOptions.Published ? versions.Where(c => c.Published) : versions.Where(c => c.Latest);
        if (contentType is not null)
        {
            versions = versions.Where(c => c.ContentType == contentType);
        }

        return await VisibleAsync(keys, versions);
    }

    public async Task<IReadOnlyDictionary<string, VisibleContent>> GetManyAsync<TRow>(IReadOnlySet<string> keys, IQueryable<TRow> rows)
        where TRow : ContentIndexRow =>
        keys.Count == 0
            ? new Dictionary<string, VisibleContent>()
            : await VisibleAsync(keys, db.ContentItems.AsNoTracking().Where(c => rows.Any(r => r.ContentItemVersionId == c.ContentItemVersionId)));

    private async Task<IReadOnlyDictionary<string, VisibleContent>> VisibleAsync(IReadOnlySet<string> keys, IQueryable<ContentItem> versions)
    {
        var keyList = keys.ToList();
        var knownList = keys.Select(PrincipalKeys.Known).ToList();
        var readers = db.Set<ContentReader>();

        // The document of a version the keys may not read never leaves the database: a redacted
        // row carries the redaction's document instead.
        var rows = await (
            from c in versions
            let full = readers.Any(r => r.ContentItemVersionId == c.ContentItemVersionId && !r.Redacted && keyList.Contains(r.PrincipalKey))
            let known = readers.Any(r => r.ContentItemVersionId == c.ContentItemVersionId && r.Redacted && knownList.Contains(r.PrincipalKey))
            where full || known
            from redaction in db.Set<ContentRedaction>().Where(x => x.ContentItemVersionId == c.ContentItemVersionId).DefaultIfEmpty()
            select new
            {
                Full = full,
                c.Id,
                c.ContentItemId,
                c.ContentItemVersionId,
                c.ContentType,
                DisplayText = full ? c.DisplayText : redaction!.DisplayText,
                c.Number,
                c.Latest,
                c.Published,
                c.Owner,
                c.Author,
                c.CreatedUtc,
                c.ModifiedUtc,
                c.PublishedUtc,
                c.Comment,
                c.ConcurrencyStamp,
                Data = full ? c.Data : redaction!.Data,
            }).ToListAsync();

        return rows.ToDictionary(
            r => r.ContentItemId,
            r => new VisibleContent(
                new ContentItem
                {
                    Id = r.Id,
                    ContentItemId = r.ContentItemId,
                    ContentItemVersionId = r.ContentItemVersionId,
                    ContentType = r.ContentType,
                    DisplayText = r.DisplayText ?? "",
                    Number = r.Full ? r.Number : 0,
                    Latest = r.Latest,
                    Published = r.Published,
                    Owner = r.Full ? r.Owner : null,
                    Author = r.Full ? r.Author : null,
                    CreatedUtc = r.CreatedUtc,
                    ModifiedUtc = r.Full ? r.ModifiedUtc : r.CreatedUtc,
                    PublishedUtc = r.PublishedUtc,
                    Comment = r.Full ? r.Comment : null,
                    ConcurrencyStamp = r.Full ? r.ConcurrencyStamp : Guid.Empty,
                    Data = r.Data ?? "{}",
                },
                !r.Full));
    }

    public IQueryable<ContentItem> Versions(IReadOnlySet<string> keys)
    {
        var list = keys.ToList();
        var readers = db.Set<ContentReader>();
        return db.ContentItems.AsNoTracking()
            .Where(version => readers.Any(r => r.ContentItemVersionId == version.ContentItemVersionId && !r.Redacted && list.Contains(r.PrincipalKey)));
    }

    public IQueryable<TRow> Readable<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow
    {
        var list = keys.ToList();
        var readers = db.Set<ContentReader>();
        return rows.Where(row => readers.Any(r => r.ContentItemVersionId == row.ContentItemVersionId && !r.Redacted && list.Contains(r.PrincipalKey)));
    }

    public IQueryable<VisibleRow<TRow>> Visible<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow
    {
        var list = keys.ToList();
        var knownList = keys.Select(PrincipalKeys.Known).ToList();
        var readers = db.Set<ContentReader>();
        var redactions = db.Set<ContentRedaction>();
        return
            from row in rows
            let full = readers.Any(r => r.ContentItemVersionId == row.ContentItemVersionId && !r.Redacted && list.Contains(r.PrincipalKey))
            where full || readers.Any(r => r.ContentItemVersionId == row.ContentItemVersionId && r.Redacted && knownList.Contains(r.PrincipalKey))
            select new VisibleRow<TRow>
            {
                Row = row,
                IsRedacted = !full,
                RedactedText = full ? null : redactions.Where(x => x.ContentItemVersionId == row.ContentItemVersionId).Select(x => x.DisplayText).FirstOrDefault(),
            };
    }

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, ContentItem version)
    {
        var keys = (await KeysOfAsync(user)).ToList();
        return await db.Set<ContentReader>().AnyAsync(r => r.ContentItemVersionId == version.ContentItemVersionId && !r.Redacted && keys.Contains(r.PrincipalKey));
    }
}
