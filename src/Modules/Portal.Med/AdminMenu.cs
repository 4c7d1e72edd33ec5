using Portal.Core.Navigation;

namespace Portal.Med;

public sealed class MainMenu : INavigationProvider
{
    public string Menu => Menus.Main;

    public void Build(NavigationBuilder builder) => builder
        .Add("Udvalg", "/committees", 10, Permissions.ViewMed)
        .Add("Beslutninger", "/decisions", 20, Permissions.ViewMed);
}
