using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Users.Services;

/// <summary>
/// Creates the built-in roles and the roles the modules name in their default permissions, and grants
/// those defaults. Only adds what is missing: permissions an administrator granted are never removed.
/// Used by the setup page and by the <c>roles</c> recipe step.
/// </summary>
public sealed class RoleSeeder(
    RoleManager<PortalRole> roleManager,
    IEnumerable<IPermissionProvider> providers,
    IPermissionService permissionService,
    PortalDbContext db)
{
    /// <summary>Which permissions' defaults have been granted once, so an administrator's later removal sticks.</summary>
    private const string SeededDocument = "Users.SeededPermissions";

    /// <summary>Grants the defaults of permissions that have never been seeded (a module added to a running site).</summary>
    public async Task<IdentityResult> SeedNewPermissionsAsync()
    {
        var seeded = await SeededAsync();
        var all = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var fresh = seeded is null ? all : [.. all.Except(seeded)];
        return fresh.Count == 0 ? IdentityResult.Success : await SeedAsync(fresh);
    }

    /// <summary>Creates the roles and grants every default (or only those of <paramref name="only"/>), and records them as seeded.</summary>
    public async Task<IdentityResult> SeedAsync(IReadOnlySet<string>? only = null)
    {
        var defaults = providers
            .SelectMany(p => p.GetDefaultRolePermissions())
            .Select(d => only is null ? d : d with { Permissions = [.. d.Permissions.Where(p => only.Contains(p.Name))] })
            .GroupBy(d => d.Role, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(d => d.Permissions).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        foreach (var builtIn in PortalRoles.Descriptions.Keys)
        {
            defaults.TryAdd(builtIn, []);
        }

        try
        {
            foreach (var (roleName, permissionNames) in defaults.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var result = await SeedRoleAsync(roleName, permissionNames);
                if (!result.Succeeded)
                {
                    return result;
                }
            }

            await RecordSeededAsync(only ?? providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
            return IdentityResult.Success;
        }
        finally
        {
            permissionService.Invalidate();
        }
    }

    private async Task<IdentityResult> SeedRoleAsync(string roleName, IReadOnlyList<string> permissionNames)
    {
        var role = await roleManager.FindByNameAsync(roleName);
        if (role is null)
        {
            role = new PortalRole(roleName) { Description = PortalRoles.Descriptions.GetValueOrDefault(roleName, "") };
            var created = await roleManager.CreateAsync(role);
            if (!created.Succeeded)
            {
                return created;
            }
        }

        var granted = (await roleManager.GetClaimsAsync(role))
            .Where(c => c.Type == Permission.ClaimType)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var name in permissionNames.Where(n => !granted.Contains(n)))
        {
            var added = await roleManager.AddClaimAsync(role, new Claim(Permission.ClaimType, name));
            if (!added.Succeeded)
            {
                return added;
            }
        }

        return IdentityResult.Success;
    }

    private async Task<HashSet<string>?> SeededAsync()
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == SeededDocument);
        return document is null ? null : JsonSerializer.Deserialize<HashSet<string>>(document.Json);
    }

    private async Task RecordSeededAsync(IEnumerable<string> names)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Name == SeededDocument);
        var seeded = document is null ? [] : JsonSerializer.Deserialize<HashSet<string>>(document.Json) ?? [];
        seeded.UnionWith(names);
        var json = JsonSerializer.Serialize(seeded.Order(StringComparer.Ordinal));
        if (document is null)
        {
            db.Documents.Add(new Document { Name = SeededDocument, Json = json });
        }
        else
        {
            document.Json = json;
            document.ConcurrencyStamp = Guid.NewGuid();
        }

        await db.SaveChangesAsync();
    }
}
