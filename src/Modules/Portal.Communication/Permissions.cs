using Portal.Core.Security;

namespace Portal.Communication;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class CommunicationPermissionNames
{
    public const string ViewStories = nameof(ViewStories);
}

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Kommunikation";

    public static readonly Permission ViewStories = new(CommunicationPermissionNames.ViewStories, "Læse historierne", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewStories];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewStories]),
        new(PortalRoles.Editor, [ViewStories]),
        new(PortalRoles.Employee, [ViewStories]),
    ];
}
