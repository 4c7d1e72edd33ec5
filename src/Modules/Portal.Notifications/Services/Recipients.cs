using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Following;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Notify;

namespace Portal.Notifications.Services;

/// <summary>A user a notification goes to, with what they may see.</summary>
public sealed record Recipient(string UserName, string DisplayName, string? Email, IReadOnlySet<string> Keys);

/// <summary>Who an audience is now: the holders of its keys and the followers it names, never a disabled account.</summary>
public sealed class Recipients(
    PortalDbContext db,
    IEnumerable<IPrincipalKeyHolders> holders,
    IUserClaimsPrincipalFactory<PortalUser> principals,
    IContentVisibility visibility)
{
    private const string FollowersPrefix = "followers:";

    public async Task<IReadOnlyList<Recipient>> ResolveAsync(IEnumerable<string> audience, string? except)
    {
        HashSet<string> userNames = new(StringComparer.OrdinalIgnoreCase);
        HashSet<string> followed = new(StringComparer.Ordinal);
        foreach (var key in audience)
        {
            if (key.StartsWith(FollowersPrefix, StringComparison.Ordinal))
            {
                followed.Add(key[FollowersPrefix.Length..]);
                continue;
            }

            foreach (var source in holders)
            {
                userNames.UnionWith(await source.UserNamesHoldingAsync(key));
            }
        }

        var followerIds = followed.Count == 0
            ? []
            : await db.Set<ContentFollow>().AsNoTracking().Where(f => followed.Contains(f.ContentItemId)).Select(f => f.UserId).Distinct().ToListAsync();
        var names = userNames.ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && (names.Contains(u.UserName!) || followerIds.Contains(u.Id)))
            .OrderBy(u => u.UserName)
            .ToListAsync();

        var recipients = new List<Recipient>();
        foreach (var user in users.Where(u => !string.Equals(u.UserName, except, StringComparison.OrdinalIgnoreCase)))
        {
            var principal = await principals.CreateAsync(user);
            recipients.Add(new Recipient(user.UserName!, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName! : user.DisplayName, user.Email, await visibility.KeysOfAsync(principal)));
        }

        return recipients;
    }
}
