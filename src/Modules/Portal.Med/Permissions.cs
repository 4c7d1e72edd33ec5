using Portal.Core.Security;

namespace Portal.Med;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class MedPermissionNames
{
    public const string ViewMed = nameof(ViewMed);
    public const string ManageMed = nameof(ManageMed);
    public const string ManageCommitteeAccess = nameof(ManageCommitteeAccess);
}

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "MED";

    public static readonly Permission ViewMed = new(MedPermissionNames.ViewMed, "Se udvalg, møder, referater og beslutninger", Category);
    public static readonly Permission ManageMed = new(MedPermissionNames.ManageMed, "Administrere alle udvalg og møder", Category);

    /// <summary>Membership and granted roles decide who reads closed items, so they are not part of managing MED.</summary>
    public static readonly Permission ManageCommitteeAccess = new(MedPermissionNames.ManageCommitteeAccess, "Ændre udvalgenes medlemmer og de roller, der kan læse lukkede punkter", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewMed, ManageMed, ManageCommitteeAccess];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewMed, ManageMed, ManageCommitteeAccess]),
        new(PortalRoles.Editor, [ViewMed, ManageMed]),
        new(PortalRoles.Employee, [ViewMed]),
    ];
}
