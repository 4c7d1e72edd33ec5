using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
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
    IPermissionService permissionService)
{
    public async Task<IdentityResult> SeedAsync()
    {
        var defaults = providers
            .SelectMany(p => p.GetDefaultRolePermissions())
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
}
