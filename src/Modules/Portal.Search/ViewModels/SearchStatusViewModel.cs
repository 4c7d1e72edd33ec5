using Portal.Search.Models;

namespace Portal.Search.ViewModels;

public sealed record SearchNodeStatus(SearchNode Node, bool IsThisNode, int Behind, bool IsSilent)
{
    public bool IsRebuilding => Node.RebuildTotal is not null && !IsSilent;

    public int Percent => Node.RebuildTotal is > 0 and var total ? (int)(100L * (Node.RebuildDone ?? 0) / total) : 0;
}

public sealed record SearchStatusViewModel(IReadOnlyList<SearchNodeStatus> Nodes, long NewestTaskId, int TasksKept)
{
    /// <summary>Worth watching: a node that is heard from rebuilds or has tasks to apply.</summary>
    public bool Busy => Nodes.Any(n => !n.IsSilent && (n.IsRebuilding || n.Behind > 0));
}
