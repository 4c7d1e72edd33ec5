using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;

namespace Portal.Contents.Following;

public enum FollowOutcome
{
    Done,

    /// <summary>The item does not exist, is not published, or is not the user's to see.</summary>
    NotFound,

    /// <summary>The item is of a type nobody follows.</summary>
    NotFollowable,
}

/// <summary>What one user follows: item id → content type, and a stamp that changes with it.</summary>
internal sealed record FollowSet(IReadOnlyDictionary<string, string> TypeById, string Stamp, long Generation);

/// <summary>
/// What a user follows; following is only of published items they may see, of a followable type.
/// Reader pages ask on every request (their cache key holds the answer), so a user's set is kept in
/// memory like their keys (<see cref="ReaderKeyCache"/>): until anything is written on any node, which a
/// follow or unfollow is, or a short while passes.
/// </summary>
public sealed class Follows(PortalDbContext db, IContentVisibility visibility, IEnumerable<FollowableType> followable, IMemoryCache cache, ReadCacheSignal signal, TimeProvider clock)
{
    private static readonly StringComparer DanishOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false);
    private readonly IReadOnlyList<FollowableType> _followable = [.. followable];

    public IReadOnlyList<FollowableType> Types => _followable;

    public static string? UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<bool> IsFollowingAsync(ClaimsPrincipal user, string contentItemId) =>
        (await SetOfAsync(user)).TypeById.ContainsKey(contentItemId);

    /// <summary>The ids of the items of <paramref name="contentType"/> the user follows (whether or not they are still readable: readers check that).</summary>
    public async Task<IReadOnlyList<string>> FollowedAsync(ClaimsPrincipal user, string contentType) =>
        [.. (await SetOfAsync(user)).TypeById.Where(f => f.Value == contentType).Select(f => f.Key).Order(StringComparer.Ordinal)];

    /// <summary>Changes whenever what the user follows changes: a reader page that shows it is cached by it.</summary>
    public async Task<string> StampAsync(ClaimsPrincipal user) => (await SetOfAsync(user)).Stamp;

    public async Task<FollowOutcome> FollowAsync(ClaimsPrincipal user, string contentItemId)
    {
        if (UserIdOf(user) is not { } userId || await visibility.ReadAsync(user, contentItemId) is not { } item)
        {
            return FollowOutcome.NotFound;
        }

        if (_followable.All(t => t.ContentType != item.ContentType))
        {
            return FollowOutcome.NotFollowable;
        }

        if (!await db.Set<ContentFollow>().AnyAsync(f => f.UserId == userId && f.ContentItemId == contentItemId))
        {
            db.Add(new ContentFollow { UserId = userId, ContentItemId = contentItemId, ContentType = item.ContentType, FollowedUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // A double click: the other request followed it already.
                db.ChangeTracker.Clear();
            }
        }

        return FollowOutcome.Done;
    }

    /// <summary>What the user follows of each followable type, as they may see it now, by name.</summary>
    public async Task<IReadOnlyList<(FollowableType Type, IReadOnlyList<ContentItem> Items)>> OverviewAsync(ClaimsPrincipal user)
    {
        var keys = await visibility.KeysOfAsync(user);
        var groups = new List<(FollowableType, IReadOnlyList<ContentItem>)>();
        foreach (var type in _followable)
        {
            var items = await visibility.GetManyAsync(keys, await FollowedAsync(user, type.ContentType), contentType: type.ContentType);
            groups.Add((type, [.. items.Values.Where(v => !v.IsRedacted).Select(v => v.Item).OrderBy(i => i.DisplayText, DanishOrder)]));
        }

        return groups;
    }

    /// <summary>Stops following; unfollowing what one does not follow (or can no longer see) is simply done.</summary>
    public async Task UnfollowAsync(ClaimsPrincipal user, string contentItemId)
    {
        if (UserIdOf(user) is { } userId && await db.Set<ContentFollow>().FirstOrDefaultAsync(f => f.UserId == userId && f.ContentItemId == contentItemId) is { } follow)
        {
            // Saved as a write, so every node forgets the user's set (and the pages that showed it).
            db.Remove(follow);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                // A double click: the other request unfollowed it already.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<FollowSet> SetOfAsync(ClaimsPrincipal user)
    {
        if (UserIdOf(user) is not { } userId)
        {
            return new FollowSet(new Dictionary<string, string>(), "", 0);
        }

        var key = $"Portal.Follows:{userId}";
        var generation = signal.Generation;
        if (cache.TryGetValue(key, out FollowSet? cached) && cached!.Generation == generation)
        {
            return cached;
        }

        var follows = await db.Set<ContentFollow>().AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new { f.ContentItemId, f.ContentType })
            .ToDictionaryAsync(f => f.ContentItemId, f => f.ContentType, StringComparer.Ordinal);
        var stamp = follows.Count == 0
            ? "none"
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', follows.Keys.Order(StringComparer.Ordinal)))))[..16];
        var set = new FollowSet(follows, stamp, generation);
        cache.Set(key, set, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = ReaderKeyCache.Lifetime, Size = 1 });
        return set;
    }
}
