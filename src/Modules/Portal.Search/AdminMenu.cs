using Portal.Core.Navigation;

namespace Portal.Search;

public sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Søgning", "/admin/search", 75, Permissions.ManageSearch);
}
