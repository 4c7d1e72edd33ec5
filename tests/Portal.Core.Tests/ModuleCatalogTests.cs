using Portal.Core.Modules;

namespace Portal.Core.Tests;

public sealed class ModuleCatalogTests
{
    private static ModuleDescriptor Module(string id, params string[] dependencies) =>
        new(id, new ModuleAttribute { Name = id, Dependencies = dependencies }, typeof(ModuleCatalogTests).Assembly);

    [Fact]
    public void Modules_come_after_the_modules_they_depend_on()
    {
        var catalog = ModuleCatalog.Build([Module("Med", "Contents", "Media"), Module("Media", "Contents"), Module("Contents")], new ModuleOptions());

        Assert.Equal(["Contents", "Media", "Med"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void A_missing_dependency_stops_start_up_with_the_names_involved()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Build([Module("Med", "Media")], new ModuleOptions()));

        Assert.Contains("'Med' depends on 'Media', which is not available", error.Message);
    }

    [Fact]
    public void A_disabled_dependency_stops_start_up()
    {
        var error = Assert.Throws<ModuleLoadException>(() =>
            ModuleCatalog.Build([Module("Med", "Media"), Module("Media")], new ModuleOptions { Disabled = ["Media"] }));

        Assert.Contains("which is disabled in configuration", error.Message);
    }

    [Fact]
    public void A_circular_dependency_stops_start_up_and_shows_the_circle()
    {
        var error = Assert.Throws<ModuleLoadException>(() =>
            ModuleCatalog.Build([Module("A", "B"), Module("B", "C"), Module("C", "A")], new ModuleOptions()));

        Assert.Contains("A -> B -> C -> A", error.Message);
    }

    [Fact]
    public void Configuration_chooses_which_modules_are_enabled()
    {
        var all = new[] { Module("Contents"), Module("Media", "Contents"), Module("Search") };

        Assert.Equal(["Contents", "Search"], ModuleCatalog.Build(all, new ModuleOptions { Disabled = ["Media"] }).Modules.Select(m => m.Id));
        Assert.Equal(["Contents", "Media"], ModuleCatalog.Build(all, new ModuleOptions { Enabled = ["Contents", "Media"] }).Modules.Select(m => m.Id));
        Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Build(all, new ModuleOptions { Enabled = ["Nope"] }));
    }
}
