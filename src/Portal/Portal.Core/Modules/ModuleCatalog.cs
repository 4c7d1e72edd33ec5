using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Portal.Core.Modules;

/// <summary>
/// The enabled modules, in dependency order (a module comes after every module it depends on).
/// </summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules)
    {
        Modules = modules;
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public bool IsEnabled(string id) => Modules.Any(m => m.Id == id);

    /// <summary>Finds the modules among the application's project references.</summary>
    public static IReadOnlyList<ModuleDescriptor> Discover()
    {
        var context = DependencyContext.Default
            ?? throw new ModuleLoadException("The application's dependency manifest (.deps.json) is missing; modules cannot be discovered.");
        var found = new List<ModuleDescriptor>();
        foreach (var library in context.RuntimeLibraries.Where(l => l.Type == "project"))
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(new AssemblyName(library.Name));
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            if (assembly.GetCustomAttribute<ModuleAttribute>() is { } manifest)
            {
                found.Add(new ModuleDescriptor(library.Name, manifest, assembly));
            }
        }

        return found;
    }

    /// <summary>
    /// Picks the enabled modules and orders them by dependency. Refuses a missing, disabled or
    /// circular dependency with a message that names the modules involved.
    /// </summary>
    public static ModuleCatalog Build(IEnumerable<ModuleDescriptor> available, ModuleOptions options)
    {
        var all = available.ToDictionary(m => m.Id, StringComparer.Ordinal);

        foreach (var name in options.Enabled ?? [])
        {
            if (!all.ContainsKey(name))
            {
                throw new ModuleLoadException($"Module '{name}' is enabled in configuration (Portal:Modules:Enabled) but no such module is referenced by the host.");
            }
        }

        var enabled = all.Values
            .Where(m => options.Enabled is null || options.Enabled.Contains(m.Id))
            .Where(m => !options.Disabled.Contains(m.Id))
            .ToDictionary(m => m.Id, StringComparer.Ordinal);

        foreach (var module in enabled.Values)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (!all.ContainsKey(dependency))
                {
                    throw new ModuleLoadException($"Module '{module.Id}' depends on '{dependency}', which is not available. Add a reference to it in the host or remove the dependency.");
                }

                if (!enabled.ContainsKey(dependency))
                {
                    throw new ModuleLoadException($"Module '{module.Id}' depends on '{dependency}', which is disabled in configuration. Enable '{dependency}' or disable '{module.Id}' too.");
                }
            }
        }

        var ordered = new List<ModuleDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var module in enabled.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module, enabled, state, ordered, []);
        }

        return new ModuleCatalog(ordered);
    }

    private static void Visit(
        ModuleDescriptor module,
        Dictionary<string, ModuleDescriptor> enabled,
        Dictionary<string, bool> state,
        List<ModuleDescriptor> ordered,
        List<string> path)
    {
        if (state.TryGetValue(module.Id, out var done))
        {
            if (done)
            {
                return;
            }

            var cycle = path.SkipWhile(id => id != module.Id).Append(module.Id);
            throw new ModuleLoadException($"Modules depend on each other in a circle: {string.Join(" -> ", cycle)}.");
        }

        state[module.Id] = false;
        path.Add(module.Id);
        foreach (var dependency in module.Dependencies.Order(StringComparer.Ordinal))
        {
            Visit(enabled[dependency], enabled, state, ordered, path);
        }

        path.RemoveAt(path.Count - 1);
        state[module.Id] = true;
        ordered.Add(module);
    }
}
