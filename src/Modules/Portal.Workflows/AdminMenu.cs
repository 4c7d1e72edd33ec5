using Portal.Core.Navigation;

namespace Portal.Workflows;

public sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Arbejdsgange", "/admin/workflows", 60, Permissions.ManageWorkflows);
}
