using Portal.Core.Security;

namespace Portal.Media;

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Medier";

    public static readonly Permission ViewMedia = new("ViewMedia", "Se vedhæftede filer", Category);
    public static readonly Permission UploadMedia = new("UploadMedia", "Uploade filer", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewMedia, UploadMedia];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewMedia, UploadMedia]),
        new(PortalRoles.Editor, [ViewMedia, UploadMedia]),
        new(PortalRoles.Employee, [ViewMedia]),
    ];
}
