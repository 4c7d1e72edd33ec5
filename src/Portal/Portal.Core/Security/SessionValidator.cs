using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Security;

/// <summary>
/// Checks on every request that a sign-in cookie still belongs to a live session: its security stamp
/// is the user's current one and the user is not deactivated. Logging out, changing or setting a
/// password and deactivating a user change the stamp, so a copy of the old cookie stops working at
/// once. The user's stamp is kept in memory for <see cref="CacheFor"/>, and forgotten in this process
/// whenever the user is saved (<see cref="PortalUserManager"/>), so the check rarely costs a query;
/// other nodes see a change within <see cref="CacheFor"/>.
/// </summary>
public sealed class SessionValidator(IMemoryCache cache, IOptions<IdentityOptions> identityOptions)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private sealed record UserSession(string? SecurityStamp, bool IsDisabled);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && !await IsCurrentAsync(context.HttpContext.RequestServices, principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    public void Forget(string userId) => cache.Remove(Key(userId));

    private async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var claims = identityOptions.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        if (!cache.TryGetValue(Key(userId), out UserSession? session))
        {
            var db = services.GetRequiredService<PortalDbContext>();
            session = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new UserSession(u.SecurityStamp, u.IsDisabled))
                .FirstOrDefaultAsync() ?? new UserSession(null, IsDisabled: true);
            cache.Set(Key(userId), session, CacheFor);
        }

        return !session!.IsDisabled && string.Equals(session.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    private static string Key(string userId) => "Portal.Session:" + userId;
}
