using Portal.Core.Security;

namespace Portal.Media;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class MediaPermissionNames
{
    public const string ViewMedia = nameof(ViewMedia);
    public const string UploadMedia = nameof(UploadMedia);
}

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Medier";

    public static readonly Permission ViewMedia = new(MediaPermissionNames.ViewMedia, "Se vedhæftede filer", Category);
    public static readonly Permission UploadMedia = new(MediaPermissionNames.UploadMedia, "Uploade filer", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewMedia, UploadMedia];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewMedia, UploadMedia]),
        new(PortalRoles.Editor, [ViewMedia, UploadMedia]),
        new(PortalRoles.Employee, [ViewMedia]),
    ];
}
