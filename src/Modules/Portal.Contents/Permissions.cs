using Portal.Core.Security;

namespace Portal.Contents;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class ContentPermissionNames
{
    public const string ViewContent = nameof(ViewContent);
    public const string EditContent = nameof(EditContent);
    public const string PublishContent = nameof(PublishContent);
    public const string DeleteContent = nameof(DeleteContent);
    public const string ManageContentTypes = nameof(ManageContentTypes);
}

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Indhold";

    public static readonly Permission ViewContent = new(ContentPermissionNames.ViewContent, "Se udgivet indhold", Category);
    public static readonly Permission EditContent = new(ContentPermissionNames.EditContent, "Oprette og redigere indhold", Category);
    public static readonly Permission PublishContent = new(ContentPermissionNames.PublishContent, "Udgive og afpublicere indhold", Category);
    public static readonly Permission DeleteContent = new(ContentPermissionNames.DeleteContent, "Slette indhold", Category);
    public static readonly Permission ManageContentTypes = new(ContentPermissionNames.ManageContentTypes, "Administrere indholdstyper og felter", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewContent, EditContent, PublishContent, DeleteContent, ManageContentTypes];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewContent, EditContent, PublishContent, DeleteContent, ManageContentTypes]),
        new(PortalRoles.Editor, [ViewContent, EditContent, PublishContent, DeleteContent]),
        new(PortalRoles.Employee, [ViewContent]),
    ];
}
