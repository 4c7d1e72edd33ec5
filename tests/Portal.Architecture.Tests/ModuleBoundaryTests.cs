using System.Reflection;
using NetArchTest.Rules;
using Portal.Core.Modules;

namespace Portal.Architecture.Tests;

/// <summary>
/// A module may use the platform and the modules its manifest names, nothing else; the platform
/// uses no module. Checked on the compiled types, so an undeclared "using" fails the build's tests.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly IReadOnlyList<ModuleDescriptor> Modules = ModuleCatalog.Discover()
        .Where(m => m.Id != typeof(ModuleBoundaryTests).Assembly.GetName().Name)
        .ToList();

    public static TheoryData<string> ModuleIds() => [.. Modules.Select(m => m.Id)];

    [Fact]
    public void The_host_references_the_planned_modules_and_themes()
    {
        Assert.Superset(new HashSet<string> { "Portal.Contents", "Portal.Users", "Portal.Media", "Portal.Theme", "Portal.AdminTheme" }, Modules.Select(m => m.Id).ToHashSet());
    }

    [Fact]
    public void The_platform_depends_on_no_module()
    {
        var result = Types.InAssembly(typeof(ModuleCatalog).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny([.. Modules.Select(m => m.Id), "Portal.Web"])
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
        Assert.DoesNotContain(typeof(ModuleCatalog).Assembly.GetReferencedAssemblies(), a => Modules.Any(m => m.Id == a.Name));
    }

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void A_module_depends_only_on_the_modules_its_manifest_names(string moduleId)
    {
        var module = Modules.Single(m => m.Id == moduleId);

        var violations = UndeclaredDependencies(module.Assembly, module.Dependencies, Modules.Select(m => m.Id));

        Assert.True(violations.Count == 0, $"{moduleId} uses modules its Manifest.cs does not name: {string.Join(", ", violations)}");
    }

    [Fact]
    public void The_check_catches_a_module_that_uses_an_undeclared_module()
    {
        // This test assembly uses Portal.Contents (below) without declaring it.
        var violations = UndeclaredDependencies(typeof(ModuleBoundaryTests).Assembly, [], ["Portal.Contents", "Portal.Users"]);

        Assert.Equal(["Portal.Contents"], violations);
    }

    private sealed class UsesContents
    {
        public Portal.Contents.Permissions Permissions { get; } = new();
    }

    private static List<string> UndeclaredDependencies(Assembly assembly, IEnumerable<string> declared, IEnumerable<string> allModules)
    {
        var self = assembly.GetName().Name;
        return [.. allModules
            .Where(other => other != self && !declared.Contains(other))
            .Where(other => !Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(other).GetResult().IsSuccessful)];
    }

    private static string Describe(TestResult result) =>
        result.IsSuccessful ? "" : "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
