using System.Security.Claims;
using Portal.Core.Security;

namespace Portal.Core.Navigation;

public static class Menus
{
    /// <summary>The employee-facing main menu.</summary>
    public const string Main = "main";

    /// <summary>The administration menu.</summary>
    public const string Admin = "admin";
}

/// <summary>A rendered menu: its items and the accessible name of its navigation landmark.</summary>
public sealed record MenuModel(IReadOnlyList<MenuItem> Items, string Label);

public sealed record MenuItem(string Text, string Url, int Position, Permission? Permission, IReadOnlyList<MenuItem> Children);

/// <summary>A module's <c>AdminMenu.cs</c> (or main-menu contribution).</summary>
public interface INavigationProvider
{
    string Menu { get; }

    void Build(NavigationBuilder builder);
}

public sealed class NavigationBuilder
{
    private readonly List<(string Text, string Url, int Position, Permission? Permission, NavigationBuilder Children)> _items = [];

    public NavigationBuilder Add(string text, string url, int position, Permission? permission = null, Action<NavigationBuilder>? children = null)
    {
        var childBuilder = new NavigationBuilder();
        children?.Invoke(childBuilder);
        _items.Add((text, url, position, permission, childBuilder));
        return this;
    }

    internal IEnumerable<(string Text, string Url, int Position, Permission? Permission, NavigationBuilder Children)> Items => _items;
}

public interface INavigationManager
{
    Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menu, ClaimsPrincipal user);
}

internal sealed class NavigationManager(IEnumerable<INavigationProvider> providers, IPermissionService permissions) : INavigationManager
{
    public async Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menu, ClaimsPrincipal user)
    {
        var builder = new NavigationBuilder();
        foreach (var provider in providers.Where(p => p.Menu == menu))
        {
            provider.Build(builder);
        }

        var granted = await permissions.GetGrantedAsync(user);
        return Filter(builder, granted);
    }

    private static List<MenuItem> Filter(NavigationBuilder builder, IReadOnlySet<string> granted) =>
        [.. builder.Items
            .Where(i => i.Permission is null || granted.Contains(i.Permission.Name))
            .OrderBy(i => i.Position)
            .Select(i => new MenuItem(i.Text, i.Url, i.Position, i.Permission, Filter(i.Children, granted)))];
}
