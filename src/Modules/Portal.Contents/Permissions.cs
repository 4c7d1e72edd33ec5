using Portal.Core.Security;

namespace Portal.Contents;

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Indhold";

    public static readonly Permission ViewContent = new("ViewContent", "Se udgivet indhold", Category);
    public static readonly Permission EditContent = new("EditContent", "Oprette og redigere indhold", Category);
    public static readonly Permission PublishContent = new("PublishContent", "Udgive og afpublicere indhold", Category);
    public static readonly Permission DeleteContent = new("DeleteContent", "Slette indhold", Category);
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Administrere indholdstyper og felter", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewContent, EditContent, PublishContent, DeleteContent, ManageContentTypes];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewContent, EditContent, PublishContent, DeleteContent, ManageContentTypes]),
        new(PortalRoles.Editor, [ViewContent, EditContent, PublishContent, DeleteContent]),
        new(PortalRoles.Employee, [ViewContent]),
    ];
}
