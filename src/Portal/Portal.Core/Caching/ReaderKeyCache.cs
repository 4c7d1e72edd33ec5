using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace Portal.Core.Caching;

/// <summary>A reader's keys, and the fingerprint reader pages are cached under.</summary>
public sealed record ReaderKeys(IReadOnlySet<string> Keys, string Fingerprint, long Generation)
{
    /// <summary>
    /// The fingerprint leaves out the keys naming one user: cached pages show published versions,
    /// whose readers are roles, permissions and committees, never one user (only drafts are).
    /// </summary>
    public static ReaderKeys Of(IReadOnlySet<string> keys, long generation)
    {
        var shared = keys.Where(k => !k.StartsWith("user:", StringComparison.Ordinal) && !k.StartsWith("username:", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', shared)));
        return new ReaderKeys(keys, Convert.ToHexString(hash, 0, 16), generation);
    }
}

/// <summary>
/// Resolving a user's keys reads their memberships; this keeps the result per user, sign-in and
/// roles until anything is written (<see cref="ReadCacheSignal"/>) or <see cref="Lifetime"/> passes,
/// so a membership that ends or starts with the date is followed within that time.
/// </summary>
public sealed class ReaderKeyCache(IMemoryCache cache, ReadCacheSignal signal)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<ReaderKeys> GetAsync(ClaimsPrincipal user, Func<Task<IReadOnlySet<string>>> resolve)
    {
        if (CacheKeyOf(user) is not { } key)
        {
            return ReaderKeys.Of(await resolve(), 0);
        }

        var generation = signal.Generation;
        if (cache.TryGetValue(key, out ReaderKeys? cached) && cached!.Generation == generation)
        {
            return cached;
        }

        var keys = ReaderKeys.Of(await resolve(), generation);
        cache.Set(key, keys, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return keys;
    }

    private static string? CacheKeyOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var roles = string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        return $"Portal.ReaderKeys:{id}|{user.FindFirstValue("AspNet.Identity.SecurityStamp")}|{roles}";
    }
}
