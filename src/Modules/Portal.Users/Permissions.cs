using Portal.Core.Security;

namespace Portal.Users;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
internal static class UserPermissionNames
{
    public const string ManageUsers = nameof(ManageUsers);
    public const string ManageRoles = nameof(ManageRoles);
}

internal sealed class Permissions : IPermissionProvider
{
    private const string Category = "Brugere";

    public static readonly Permission ManageUsers = new(UserPermissionNames.ManageUsers, "Administrere brugere", Category);

    public static readonly Permission ManageRoles = new(UserPermissionNames.ManageRoles, "Administrere roller og rettigheder", Category);

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ManageUsers, ManageRoles]),
    ];
}
