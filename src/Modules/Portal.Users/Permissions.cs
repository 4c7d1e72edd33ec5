using Portal.Core.Security;

namespace Portal.Users;

internal sealed class Permissions : IPermissionProvider
{
    private const string Category = "Brugere";

    public static readonly Permission ManageUsers = new("ManageUsers", "Administrere brugere", Category);

    public static readonly Permission ManageRoles = new("ManageRoles", "Administrere roller og rettigheder", Category);

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ManageUsers, ManageRoles]),
    ];
}
