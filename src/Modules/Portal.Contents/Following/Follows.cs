using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
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

/// <summary>What a user follows; following is only of published items they may see, of a followable type.</summary>
public sealed class Follows(PortalDbContext db, IContentVisibility visibility, IEnumerable<FollowableType> followable, TimeProvider clock)
{
    private static readonly StringComparer DanishOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false);
    private readonly IReadOnlyList<FollowableType> _followable = [.. followable];

    public IReadOnlyList<FollowableType> Types => _followable;

    public static string? UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<bool> IsFollowingAsync(ClaimsPrincipal user, string contentItemId) =>
        UserIdOf(user) is { } userId && await db.Set<ContentFollow>().AnyAsync(f => f.UserId == userId && f.ContentItemId == contentItemId);

    /// <summary>The ids of the items of <paramref name="contentType"/> the user follows (whether or not they are still readable: readers check that).</summary>
    public async Task<IReadOnlyList<string>> FollowedAsync(ClaimsPrincipal user, string contentType) =>
        UserIdOf(user) is { } userId
            ? await db.Set<ContentFollow>().AsNoTracking().Where(f => f.UserId == userId && f.ContentType == contentType).Select(f => f.ContentItemId).ToListAsync()
            : [];

    /// <summary>Changes whenever what the user follows changes: a reader page that shows it is cached by it.</summary>
    public async Task<string> StampAsync(ClaimsPrincipal user)
    {
        if (UserIdOf(user) is not { } userId)
        {
            return "";
        }

        var ids = await db.Set<ContentFollow>().AsNoTracking().Where(f => f.UserId == userId).Select(f => f.ContentItemId).OrderBy(id => id).ToListAsync();
        return ids.Count == 0 ? "none" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', ids))))[..16];
    }

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

        // Not through SaveChanges: a follow changes one reader's pages (they are cached by what the
        // reader follows), so it must not empty every reader's cache as a content write does.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ContentFollows" ("UserId", "ContentItemId", "ContentType", "FollowedUtc")
            VALUES ({userId}, {contentItemId}, {item.ContentType}, {now})
            ON CONFLICT ("UserId", "ContentItemId") DO NOTHING
            """);
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
        if (UserIdOf(user) is { } userId)
        {
            await db.Set<ContentFollow>().Where(f => f.UserId == userId && f.ContentItemId == contentItemId).ExecuteDeleteAsync();
        }
    }
}
