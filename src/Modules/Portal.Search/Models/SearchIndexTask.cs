namespace Portal.Search.Models;

/// <summary>
/// "Take this item again" (or "build everything again"), written in the transaction of the change
/// that caused it. Every node applies the tasks in id order to its own index and remembers the last
/// one it applied, so a node that was down catches up and all nodes converge.
/// </summary>
public sealed class SearchIndexTask
{
    public long Id { get; set; }

    public SearchIndexTaskKind Kind { get; set; }

    /// <summary>The item to take again; null for a rebuild.</summary>
    public string? ContentItemId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum SearchIndexTaskKind
{
    /// <summary>Index the item as it is now: its published version, or nothing when it has none.</summary>
    Item = 0,

    /// <summary>Empty the index and build it again from every published item.</summary>
    Rebuild = 1,
}
