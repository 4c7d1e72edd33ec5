using Portal.Core.Navigation;

namespace Portal.Media;

public sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Filer", "/admin/media", 20, Permissions.UploadMedia);
}
