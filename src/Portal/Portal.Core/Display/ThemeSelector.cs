using Microsoft.AspNetCore.Mvc.Rendering;

namespace Portal.Core.Display;

/// <summary>Picks the layout: the admin theme under <c>/admin</c>, the employee theme elsewhere.</summary>
public interface IThemeSelector
{
    string LayoutFor(ViewContext context);
}

internal sealed class ThemeSelector : IThemeSelector
{
    public const string SiteLayout = "_Layout";
    public const string AdminLayout = "_AdminLayout";

    public string LayoutFor(ViewContext context) =>
        context.ViewData["Layout"] as string
        ?? (context.HttpContext.Request.Path.StartsWithSegments("/admin") ? AdminLayout : SiteLayout);
}
