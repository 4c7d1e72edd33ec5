using Portal.Core.Navigation;

namespace Portal.Contents;

public sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Indhold", "/admin/contents", 10, Permissions.EditContent)
        .Add("Indholdstyper", "/admin/content-types", 70, Permissions.ManageContentTypes);
}

public sealed class MainMenu : INavigationProvider
{
    public string Menu => Menus.Main;

    public void Build(NavigationBuilder builder) => builder
        .Add("Forside", "/", 0, Permissions.ViewContent);
}
