using Portal.Core.Security;

namespace Portal.Notifications;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class NotificationPermissionNames
{
    public const string ManageNotifications = nameof(ManageNotifications);
}

/// <summary>Everyone signed in has their own notifications; only the mail settings and the templates are guarded.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageNotifications = new(NotificationPermissionNames.ManageNotifications, "Administrere notifikationer: skabeloner, e-mail og kø", "Notifikationer");

    public IEnumerable<Permission> GetPermissions() => [ManageNotifications];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ManageNotifications]),
    ];
}
