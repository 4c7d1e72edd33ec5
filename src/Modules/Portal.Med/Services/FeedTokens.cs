using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Med.Services;

/// <summary>
/// The secret in a user's subscription links (calendar and minutes feed), for apps that subscribe
/// without a browser session. It carries the user's id and security stamp, protected (encrypted and
/// signed) by Data Protection: a new password, a deactivation or anything else that renews the stamp
/// makes every earlier link stop working.
/// </summary>
public sealed class FeedTokens(IDataProtectionProvider dataProtection, UserManager<PortalUser> users)
{
    public const string QueryName = "token";

    private const char Separator = '\n';

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Portal.Med.Calendar");

    /// <summary>A token for the signed-in user, or null when the principal is no (active) account.</summary>
    public async Task<string?> CreateAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is not { IsDisabled: false } user || user.SecurityStamp is null)
        {
            return null;
        }

        return _protector.Protect($"{user.Id}{Separator}{user.SecurityStamp}");
    }

    /// <summary>The active user whose current token this is, or null for anything else.</summary>
    public async Task<PortalUser?> FindUserAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split(Separator);
        if (parts.Length != 2 || await users.FindByIdAsync(parts[0]) is not { IsDisabled: false } user)
        {
            return null;
        }

        return user.SecurityStamp is { } stamp && string.Equals(stamp, parts[1], StringComparison.Ordinal) ? user : null;
    }
}

/// <summary>
/// How the feeds authenticate: by the token in the query string when there is one (a bad token is
/// 401), otherwise by the session cookie (no session: the login page).
/// </summary>
public static class FeedAuthentication
{
    /// <summary>The authorization policy of the feed endpoints: a valid user holding ViewMed.</summary>
    public const string Policy = "Med.Feed";

    private const string Scheme = "Med.Feed";
    private const string TokenScheme = "Med.FeedToken";

    public static IServiceCollection AddMedFeedAuthentication(this IServiceCollection services)
    {
        services.AddScoped<FeedTokens>();
        services.AddAuthentication()
            .AddPolicyScheme(Scheme, "Kalender og nyhedsfeed", options => options.ForwardDefaultSelector = context =>
                context.Request.Query.ContainsKey(FeedTokens.QueryName) ? TokenScheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, FeedTokenHandler>(TokenScheme, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(Permissions.ViewMed)));
        return services;
    }
}

/// <summary>Signs in the token's user for this request only, with their roles and committee keys.</summary>
internal sealed class FeedTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    FeedTokens tokens,
    SignInManager<PortalUser> signIn) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (await tokens.FindUserAsync(Request.Query[FeedTokens.QueryName].ToString()) is not { } user)
        {
            return AuthenticateResult.Fail("The subscription token is not valid (anymore).");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
