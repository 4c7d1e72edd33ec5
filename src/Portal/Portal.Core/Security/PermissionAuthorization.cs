using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

/// <summary>Requires a permission. Use with <c>IAuthorizationService.AuthorizeAsync(user, resource, requirement)</c>
/// for resource checks; modules extend those with their own <see cref="IAuthorizationHandler"/>s.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

internal sealed class PermissionHandler(IPermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Turns <c>[Authorize(Policy = "Permission:Name")]</c> into a permission requirement.</summary>
internal sealed class PermissionPolicyProvider(Microsoft.Extensions.Options.IOptions<AuthorizationOptions> options, IPermissionService permissions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            // A permission of a disabled module is held by nobody.
            return permissions.Find(policyName[Prefix.Length..]) is { } permission
                ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)).Build()
                : new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>
/// <c>[RequirePermission(PlatformPermissionNames.AccessAdmin)]</c> on a controller or action; name it
/// by the constant beside the permission (an unknown name denies everyone, and an architecture test fails).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicyProvider.Prefix + permission)
{
    public string Permission { get; } = permission;
}

public static class AuthorizationServiceExtensions
{
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, System.Security.Claims.ClaimsPrincipal user, Permission permission, object? resource = null) =>
        (await service.AuthorizeAsync(user, resource, new PermissionRequirement(permission))).Succeeded;
}
