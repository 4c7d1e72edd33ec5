using Portal.Core.Workflows;

namespace Portal.Workflows.Engine;

/// <summary>The activities the enabled modules contribute, by name.</summary>
public sealed class ActivityLibrary(IEnumerable<IActivity> activities)
{
    private readonly Dictionary<string, IActivity> _byName = activities.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<IActivity> All => _byName.Values;

    public IActivity? Find(string name) => _byName.GetValueOrDefault(name);

    public IActivity Get(string name) =>
        Find(name) ?? throw new WorkflowFaultException($"Aktiviteten '{name}' findes ikke (er dens modul slået fra?).");
}
