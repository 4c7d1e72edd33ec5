using Portal.Core.Security;

namespace Portal.AuditTrail;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class AuditPermissionNames
{
    public const string ViewAuditTrail = nameof(ViewAuditTrail);
}

/// <summary>
/// Only reading is a permission: no one may change or delete a record. An item's own history needs
/// no permission of its own; it is for those who may edit the item.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new(AuditPermissionNames.ViewAuditTrail, "Se historikken over alle hændelser og hente den som CSV", "Historik");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewAuditTrail]),
    ];
}
