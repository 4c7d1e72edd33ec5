namespace Portal.Core.Security;

/// <summary>A named right. Holding any permission in <see cref="ImpliedBy"/> grants this one too.</summary>
public sealed record Permission(string Name, string Description, string Category, IReadOnlyList<Permission>? ImpliedBy = null)
{
    public const string ClaimType = "Permission";

    public override string ToString() => Name;
}

/// <summary>A module's <c>Permissions.cs</c>: what it guards, and which roles get what by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions();
}

public sealed record DefaultRolePermissions(string Role, IReadOnlyList<Permission> Permissions);

public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Employee = "Employee";

    /// <summary>The Danish name shown for a role; roles created by administrators show as named.</summary>
    public static string DisplayName(string? role) => role switch
    {
        Editor => "Redaktør",
        Employee => "Medarbejder",
        _ => role ?? "",
    };

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [Administrator] = "Har alle rettigheder.",
        [Editor] = "Redigerer og udgiver indhold.",
        [Employee] = "Læser portalens indhold.",
    };
}

/// <summary>The platform permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class PlatformPermissionNames
{
    public const string AccessAdmin = nameof(AccessAdmin);
}

public static class PlatformPermissions
{
    public static readonly Permission AccessAdmin = new(PlatformPermissionNames.AccessAdmin, "Adgang til administrationen", "Platform");
}

internal sealed class PlatformPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [PlatformPermissions.AccessAdmin];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [PlatformPermissions.AccessAdmin]),
        new(PortalRoles.Editor, [PlatformPermissions.AccessAdmin]),
    ];
}
