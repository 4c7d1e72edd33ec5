using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Core.Security;

public interface IPermissionService
{
    IReadOnlyList<Permission> AllPermissions { get; }

    Permission? Find(string name);

    /// <summary>The names of the permissions a user holds through their roles (cached per role set).</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal user);

    Task<bool> HasAsync(ClaimsPrincipal user, Permission permission);

    /// <summary>Forget cached role permissions after roles change.</summary>
    void Invalidate();
}

internal sealed class PermissionService(
    IEnumerable<IPermissionProvider> providers,
    IMemoryCache cache,
    Caching.ReadCacheSignal signal,
    IServiceProvider services) : IPermissionService
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();
    private readonly Lazy<IReadOnlyList<Permission>> _all = new(() =>
        [.. providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).OrderBy(p => p.Category).ThenBy(p => p.Description)]);

    private int _generation;

    public IReadOnlyList<Permission> AllPermissions => _all.Value;

    public Permission? Find(string name) => AllPermissions.FirstOrDefault(p => p.Name == name);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return None;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();
        if (roles.Length == 0)
        {
            return None;
        }

        // A committed write anywhere (a role's permissions changed on another node, say) starts afresh.
        var key = $"permissions:{signal.Generation}:{_generation}:{string.Join('|', roles)}";
        if (cache.TryGetValue(key, out IReadOnlySet<string>? granted) && granted is not null)
        {
            return granted;
        }

        if (roles.Contains(PortalRoles.Administrator))
        {
            granted = AllPermissions.Select(p => p.Name).ToHashSet();
        }
        else
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var names = await (
                from role in db.Roles.AsNoTracking()
                join claim in db.RoleClaims.AsNoTracking() on role.Id equals claim.RoleId
                where roles.Contains(role.Name!) && claim.ClaimType == Permission.ClaimType
                select claim.ClaimValue!).ToListAsync();
            granted = names.ToHashSet();
        }

        cache.Set(key, granted, TimeSpan.FromMinutes(10));
        return granted;
    }

    public async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission)
    {
        var granted = await GetGrantedAsync(user);
        return granted.Contains(permission.Name) || (permission.ImpliedBy?.Any(p => granted.Contains(p.Name)) ?? false);
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);
}
