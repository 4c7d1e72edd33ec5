using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>How far every node's index is, for the operators' page.</summary>
public sealed class SearchStatus(PortalDbContext db, SearchIndex index, SearchIndexPump pump)
{
    public async Task<SearchStatusViewModel> ReadAsync(CancellationToken cancellationToken = default)
    {
        var newest = await db.Set<SearchIndexTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var waiting = await db.Set<SearchIndexTask>().CountAsync(cancellationToken);
        var nodes = await db.Set<SearchNode>().AsNoTracking().OrderBy(n => n.MachineName).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        return new SearchStatusViewModel(
            [.. nodes.Select(n => new SearchNodeStatus(n, n.Id == index.NodeId, Math.Max(0, newest - n.AppliedTaskId)))],
            newest,
            waiting,
            pump.Rebuilding);
    }
}

public sealed record SearchNodeStatus(SearchNode Node, bool IsThisNode, long Behind)
{
    public bool IsRebuilding => Node.RebuildTotal is not null;

    public int Percent => Node.RebuildTotal is > 0 and var total ? (int)(100L * (Node.RebuildDone ?? 0) / total) : 0;
}

public sealed record SearchStatusViewModel(IReadOnlyList<SearchNodeStatus> Nodes, long NewestTaskId, int TasksKept, RebuildProgress? RebuildingHere)
{
    /// <summary>Worth watching: a rebuild runs, or a node has tasks to apply.</summary>
    public bool Busy => Nodes.Any(n => n.IsRebuilding || n.Behind > 0);
}
