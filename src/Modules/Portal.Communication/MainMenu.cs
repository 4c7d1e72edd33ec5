using Portal.Core.Navigation;

namespace Portal.Communication;

public sealed class MainMenu : INavigationProvider
{
    public string Menu => Menus.Main;

    public void Build(NavigationBuilder builder) => builder
        .Add("Historier", "/stories", 5, Permissions.ViewStories);
}
