using Portal.Core.Security;

namespace Portal.Med;

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "MED";

    public static readonly Permission ViewMed = new("ViewMed", "Se udvalg, møder, referater og beslutninger", Category);
    public static readonly Permission ManageMed = new("ManageMed", "Administrere alle udvalg og møder", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewMed, ManageMed];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewMed, ManageMed]),
        new(PortalRoles.Editor, [ViewMed, ManageMed]),
        new(PortalRoles.Employee, [ViewMed]),
    ];
}
