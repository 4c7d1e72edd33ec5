using System.Reflection;

namespace Portal.Core.Modules;

public sealed record ModuleDescriptor(string Id, ModuleAttribute Manifest, Assembly Assembly)
{
    private readonly Lazy<ModuleStartup?> _startup = new(() => CreateStartup(Assembly));

    public string Name => Manifest.Name;

    public IReadOnlyList<string> Dependencies => Manifest.Dependencies;

    /// <summary>The module's <see cref="ModuleStartup"/>, if it has one.</summary>
    public ModuleStartup? Startup => _startup.Value;

    private static ModuleStartup? CreateStartup(Assembly assembly)
    {
        var startupType = assembly.GetExportedTypes()
            .SingleOrDefault(t => typeof(ModuleStartup).IsAssignableFrom(t) && !t.IsAbstract);
        return startupType is null ? null : (ModuleStartup)Activator.CreateInstance(startupType)!;
    }
}
