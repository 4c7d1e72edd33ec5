using Portal.Core.Navigation;

namespace Portal.Recommendations;

public sealed class MainMenu : INavigationProvider
{
    public string Menu => Menus.Main;

    public void Build(NavigationBuilder builder) => builder
        .Add("Anbefalinger", "/recommendations", 30, Permissions.ViewRecommendations)
        .Add("Strategier", "/strategies", 40, Permissions.ViewRecommendations);
}
