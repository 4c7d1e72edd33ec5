using Portal.Core.Navigation;

namespace Portal.Notifications;

public sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Notifikationer", "/admin/notifications", 70, Permissions.ManageNotifications);
}
