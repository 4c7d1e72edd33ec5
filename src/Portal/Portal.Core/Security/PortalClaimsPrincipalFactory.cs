using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Security;

/// <summary>Adds the user's display name, so pages can greet them without a database call.</summary>
internal sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<PortalUser, PortalRole>(users, roles, options)
{
    public const string DisplayNameClaim = "DisplayName";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }

        return identity;
    }
}
