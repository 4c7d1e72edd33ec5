using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Search.Models;
using Portal.Search.ViewModels;

namespace Portal.Search.Services;

/// <summary>The operators' page: how far every node's index is, and a rebuild on all of them.</summary>
public sealed class SearchStatus(PortalDbContext db, SearchIndex index, SearchIndexPump pump, TimeProvider clock)
{
    /// <summary>A node not heard from for this long is shown as silent, not as working.</summary>
    public static readonly TimeSpan Silent = TimeSpan.FromMinutes(10);

    public async Task<SearchStatusViewModel> ReadAsync(CancellationToken cancellationToken = default)
    {
        var newest = await db.Set<SearchIndexTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var kept = await db.Set<SearchIndexTask>().CountAsync(cancellationToken);
        var nodes = await db.Set<SearchNode>().AsNoTracking().OrderBy(n => n.MachineName).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var statuses = new List<SearchNodeStatus>(nodes.Count);
        foreach (var node in nodes)
        {
            statuses.Add(new SearchNodeStatus(node, node.Id == index.NodeId, await BehindAsync(node.AppliedTaskId, cancellationToken), now - node.UpdatedUtc > Silent));
        }

        return new SearchStatusViewModel(statuses, newest, kept);
    }

    /// <summary>Every node empties its index and builds it again from what is published; returns the task's id.</summary>
    public async Task<long> RequestRebuildAsync(CancellationToken cancellationToken = default)
    {
        var task = await SearchIndexPump.RequestRebuildAsync(db, clock, cancellationToken);
        pump.Wake();
        return task;
    }

    private Task<int> BehindAsync(long applied, CancellationToken cancellationToken) =>
        db.Set<SearchIndexTask>().CountAsync(t => t.Id > applied, cancellationToken);
}
