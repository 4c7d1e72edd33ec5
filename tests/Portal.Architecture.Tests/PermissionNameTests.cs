using System.Reflection;
using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Architecture.Tests;

/// <summary>
/// Every <c>[RequirePermission]</c> on the platform's and the modules' controllers names a permission
/// some <see cref="IPermissionProvider"/> declares: a misspelt name would deny everyone, silently.
/// </summary>
public sealed class PermissionNameTests
{
    private static readonly IReadOnlyList<Assembly> Assemblies =
    [
        typeof(ModuleCatalog).Assembly,
        .. ModuleCatalog.Discover().Where(m => m.Id != typeof(PermissionNameTests).Assembly.GetName().Name).Select(m => m.Assembly),
    ];

    [Fact]
    public void Every_required_permission_is_declared()
    {
        var declared = DeclaredPermissions(Assemblies);
        Assert.Contains(PlatformPermissionNames.AccessAdmin, declared);
        Assert.True(Usages(Assemblies).Count() >= 10, "The check found (almost) no [RequirePermission] to check.");

        var unknown = UnknownPermissions(Assemblies, declared);

        Assert.True(unknown.Count == 0, $"[RequirePermission] names a permission no Permissions.cs declares: {string.Join("; ", unknown)}");
    }

    [Fact]
    public void The_check_catches_a_misspelt_permission()
    {
        var unknown = UnknownPermissions([typeof(PermissionNameTests).Assembly], DeclaredPermissions(Assemblies));

        Assert.Equal(
            [
                $"{typeof(Misspelt).FullName}.{nameof(Misspelt.Misspelt_action)}: ManageUser",
                $"{typeof(Misspelt).FullName}: AccesAdmin",
            ],
            unknown.Order(StringComparer.Ordinal));
    }

    [RequirePermission("AccesAdmin")]
    private sealed class Misspelt
    {
        [RequirePermission(PlatformPermissionNames.AccessAdmin)]
        public void Declared_action()
        {
        }

        [RequirePermission("ManageUser")]
        public void Misspelt_action()
        {
        }
    }

    private static HashSet<string> DeclaredPermissions(IEnumerable<Assembly> assemblies) =>
    [
        .. assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IPermissionProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IPermissionProvider)Activator.CreateInstance(t, nonPublic: true)!)
            .SelectMany(p => p.GetPermissions())
            .Select(p => p.Name),
    ];

    private static List<string> UnknownPermissions(IEnumerable<Assembly> assemblies, HashSet<string> declared) =>
        [.. Usages(assemblies).Where(u => !declared.Contains(u.Permission)).Select(u => $"{u.Where}: {u.Permission}")];

    /// <summary>Every <c>[RequirePermission]</c> on a type or a method of the assemblies.</summary>
    private static IEnumerable<(string Where, string Permission)> Usages(IEnumerable<Assembly> assemblies) =>
        from type in assemblies.SelectMany(a => a.GetTypes())
        from member in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Prepend<MemberInfo>(type)
        from attribute in member.GetCustomAttributes<RequirePermissionAttribute>(inherit: false)
        select (member is Type ? type.FullName! : $"{type.FullName}.{member.Name}", attribute.Permission);
}
