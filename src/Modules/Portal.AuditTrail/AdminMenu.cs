using Portal.Core.Navigation;

namespace Portal.AuditTrail;

public sealed class AdminMenu : INavigationProvider
{
    public string Menu => Menus.Admin;

    public void Build(NavigationBuilder builder) => builder
        .Add("Historik", "/admin/audit", 70, Permissions.ViewAuditTrail);
}
