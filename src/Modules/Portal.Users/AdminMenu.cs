using Portal.Core.Navigation;

namespace Portal.Users;

internal sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Brugere", "/admin/users", 80, Permissions.ManageUsers)
        .Add("Roller", "/admin/roles", 81, Permissions.ManageRoles);
}
