using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// The one answer to "may this user read this version?", for pages, lists, feeds, calendars,
/// attachments, the API and search alike.
/// </summary>
public interface IContentVisibility
{
    /// <summary>The user's keys, resolved once per request.</summary>
    Task<IReadOnlySet<string>> KeysOfAsync(ClaimsPrincipal user);

    Task<bool> CanReadAsync(ClaimsPrincipal user, ContentItem version);

    /// <summary>Narrows a query of index rows to the versions the keys may read.</summary>
    IQueryable<TRow> Readable<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow;

    /// <summary>Narrows a query of content versions to those the keys may read.</summary>
    IQueryable<ContentItem> Readable(IQueryable<ContentItem> versions, IReadOnlySet<string> keys);
}

internal sealed class ContentVisibility(PortalDbContext db, IEnumerable<IPrincipalKeyProvider> keyProviders) : IContentVisibility
{
    private readonly Dictionary<ClaimsPrincipal, IReadOnlySet<string>> _keys = [];

    public async Task<IReadOnlySet<string>> KeysOfAsync(ClaimsPrincipal user)
    {
        if (_keys.TryGetValue(user, out var cached))
        {
            return cached;
        }

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

            foreach (var provider in keyProviders)
            {
                await provider.AddKeysAsync(user, keys);
            }
        }

        _keys[user] = keys;
        return keys;
    }

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, ContentItem version)
    {
        var keys = (await KeysOfAsync(user)).ToList();
        return await db.Set<ContentReader>().AnyAsync(r => r.ContentItemVersionId == version.ContentItemVersionId && keys.Contains(r.PrincipalKey));
    }

    public IQueryable<TRow> Readable<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow
    {
        var list = keys.ToList();
        var readers = db.Set<ContentReader>();
        return rows.Where(row => readers.Any(r => r.ContentItemVersionId == row.ContentItemVersionId && list.Contains(r.PrincipalKey)));
    }

    public IQueryable<ContentItem> Readable(IQueryable<ContentItem> versions, IReadOnlySet<string> keys)
    {
        var list = keys.ToList();
        var readers = db.Set<ContentReader>();
        return versions.Where(version => readers.Any(r => r.ContentItemVersionId == version.ContentItemVersionId && list.Contains(r.PrincipalKey)));
    }
}

/// <summary>Writes a version's readers beside it, replacing them only when the rules give another set.</summary>
internal sealed class ContentReaderWriter(IEnumerable<IContentVisibilityProvider> providers)
{
    private readonly IContentVisibilityProvider[] _providers = [.. providers];

    public async Task WriteAsync(ContentItem version, PortalDbContext db)
    {
        var context = new VisibilityContext();
        foreach (var provider in _providers)
        {
            await provider.ApplyAsync(version, context);
        }

        var set = db.Set<ContentReader>();
        var existing = version.Id == 0
            ? []
            : await set.Where(r => r.ContentItemVersionId == version.ContentItemVersionId).ToListAsync();
        var wanted = context.Readers;
        if (existing.Count == wanted.Count && existing.All(r => wanted.Contains(r.PrincipalKey)))
        {
            return;
        }

        set.RemoveRange(existing);
        set.AddRange(wanted.Select(key => new ContentReader
        {
            ContentItemId = version.ContentItemId,
            ContentItemVersionId = version.ContentItemVersionId,
            PrincipalKey = key,
        }));
    }
}
