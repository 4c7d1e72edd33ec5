using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// Who holds a key now, the other way round from <see cref="IPrincipalKeyProvider"/>: to tell the
/// people a task is assigned to (the role's users, a committee's formand). Each module answers for
/// the keys it gives out and returns nothing for others.
/// </summary>
public interface IPrincipalKeyHolders
{
    Task<IReadOnlyCollection<string>> UserNamesHoldingAsync(string key);
}

/// <summary>The platform's keys: a role's users and a named user (disabled accounts hold nothing).</summary>
internal sealed class PlatformKeyHolders(PortalDbContext db) : IPrincipalKeyHolders
{
    public async Task<IReadOnlyCollection<string>> UserNamesHoldingAsync(string key)
    {
        if (key.StartsWith("role:", StringComparison.Ordinal))
        {
            var role = key["role:".Length..];
            return await (from userRole in db.UserRoles.AsNoTracking()
                          join r in db.Roles.AsNoTracking() on userRole.RoleId equals r.Id
                          join user in db.Users.AsNoTracking() on userRole.UserId equals user.Id
                          where r.Name == role && !user.IsDisabled
                          select user.UserName!).ToListAsync();
        }

        if (key.StartsWith("username:", StringComparison.Ordinal))
        {
            var normalized = key["username:".Length..].ToUpperInvariant();
            return await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized && !u.IsDisabled).Select(u => u.UserName!).ToListAsync();
        }

        if (key.StartsWith("user:", StringComparison.Ordinal))
        {
            var id = key["user:".Length..];
            return await db.Users.AsNoTracking().Where(u => u.Id == id && !u.IsDisabled).Select(u => u.UserName!).ToListAsync();
        }

        return [];
    }
}
