using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Search;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>
/// Keeps this node's index in step with the database: applies the indexing tasks the saves wrote,
/// in id order from the last one the index recorded; woken by each save on this node and every
/// couple of seconds for what other nodes wrote. A new or lost index, a rebuild task, or tasks
/// pruned before this node applied them make it build the index again from every published item.
/// </summary>
public sealed class SearchIndexPump(
    IServiceScopeFactory scopes,
    SearchIndex index,
    PortalInitialization initialization,
    TimeProvider clock,
    ILogger<SearchIndexPump> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CommitGrace = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    /// <summary>How long tasks are kept: a node down for longer builds its index again when it returns.</summary>
    public static readonly TimeSpan KeepTasks = TimeSpan.FromDays(7);

    internal const string PrunedThroughDocument = "Search.PrunedThrough";

    private readonly WakeUp _wake = new();
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly TaskCursor _cursor = new(() => Environment.TickCount64);
    private bool _cursorLoaded;
    private DateTime _lastPrune = DateTime.MinValue;

    /// <summary>The rebuild running on this node now, if any.</summary>
    public RebuildProgress? Rebuilding { get; private set; }

    public void Wake() => _wake.Wake();

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Applies every task written so far; returns how many. <paramref name="waitForGaps"/> false
    /// assumes no save is still committing (tests, the command line).
    /// </summary>
    public async Task<int> CatchUpAsync(bool waitForGaps = true, IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            index.Open();
            if (!_cursorLoaded)
            {
                _cursor.Reset(index.AppliedTaskId);
                _cursorLoaded = true;
            }

            var applied = 0;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                if (!index.HasCommit || await PrunedThroughAsync(db, cancellationToken) > _cursor.Position)
                {
                    var last = await db.Set<SearchIndexTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
                    await RebuildAsync(scope.ServiceProvider, last, progress, cancellationToken);
                    _cursor.Reset(last);
                    index.Commit(last);
                }
            }

            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var position = _cursor.Position;
                var tasks = await db.Set<SearchIndexTask>().AsNoTracking()
                    .Where(t => t.Id > position)
                    .OrderBy(t => t.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                var pending = tasks.Where(t => !_cursor.IsApplied(t.Id)).ToList();
                if (pending.Count == 0)
                {
                    _cursor.Applied([], waitForGaps);
                    if (_cursor.Position != index.AppliedTaskId)
                    {
                        index.Commit(_cursor.Position);
                    }

                    await ReportAsync(db, null, cancellationToken);
                    return applied;
                }

                if (pending.Any(t => t.Kind == SearchIndexTaskKind.Rebuild))
                {
                    await RebuildAsync(scope.ServiceProvider, pending[^1].Id, progress, cancellationToken);
                }
                else
                {
                    // Documents described from a changed item (an agenda item from its meeting) are taken again too.
                    var changed = pending.Select(t => t.ContentItemId!).Distinct(StringComparer.Ordinal).ToList();
                    var ids = changed.Union(index.DependentsOf(changed), StringComparer.Ordinal).ToList();
                    var documents = await scope.ServiceProvider.GetRequiredService<ISearchDocumentSource>().BuildAsync(ids, cancellationToken);
                    index.Replace(ids, documents);
                }

                _cursor.Applied(pending.Select(t => t.Id), waitForGaps);
                index.Commit(_cursor.Position);
                applied += pending.Count;
            }
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>Asks every node to build its index again; returns the task's id.</summary>
    public static async Task<long> RequestRebuildAsync(PortalDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var task = new SearchIndexTask { Kind = SearchIndexTaskKind.Rebuild, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Set<SearchIndexTask>().Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return task.Id;
    }

    private async Task RebuildAsync(IServiceProvider services, long upToTaskId, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var source = services.GetRequiredService<ISearchDocumentSource>();
        var total = await source.CountPublishedAsync(cancellationToken);
        var started = DateTime.UtcNow;
        var current = new RebuildProgress(0, total, upToTaskId);
        Rebuilding = current;
        logger.LogInformation("Building the search index again from {Total} published items (tasks up to {TaskId})", total, upToTaskId);
        await ReportAsync(db, current, cancellationToken);
        var lastReport = DateTime.UtcNow;
        try
        {
            index.BeginRebuild();
            await foreach (var batch in source.BuildAllAsync(new ReadCount(read => current = current with { Done = read }), cancellationToken))
            {
                index.Add(batch);
                Rebuilding = current;
                progress?.Report(current);
                if (DateTime.UtcNow - lastReport > TimeSpan.FromSeconds(1))
                {
                    await ReportAsync(db, current, cancellationToken);
                    lastReport = DateTime.UtcNow;
                }
            }

            logger.LogInformation("Search index rebuilt from {Documents} documents in {Seconds:0.0} s", current.Total, (DateTime.UtcNow - started).TotalSeconds);
        }
        catch
        {
            index.Rollback();
            throw;
        }
        finally
        {
            Rebuilding = null;
        }

        progress?.Report(current with { Done = total });
        var node = await NodeAsync(db, cancellationToken);
        node.LastRebuildUtc = clock.GetUtcNow().UtcDateTime;
        await ReportAsync(db, null, cancellationToken);
    }

    private async Task ReportAsync(PortalDbContext db, RebuildProgress? rebuilding, CancellationToken cancellationToken)
    {
        var node = await NodeAsync(db, cancellationToken);
        node.AppliedTaskId = _cursor.Position;
        node.Documents = index.DocumentCount;
        node.RebuildDone = rebuilding?.Done;
        node.RebuildTotal = rebuilding?.Total;
        node.LastError = null;
        node.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SearchNode> NodeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var nodes = db.Set<SearchNode>();
        var node = nodes.Local.FirstOrDefault(n => n.Id == index.NodeId) ?? await nodes.FirstOrDefaultAsync(n => n.Id == index.NodeId, cancellationToken);
        if (node is null)
        {
            node = new SearchNode { Id = index.NodeId, MachineName = Environment.MachineName };
            nodes.Add(node);
        }

        return node;
    }

    private static async Task<long> PrunedThroughAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.Name == PrunedThroughDocument).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken) is { } json
            ? long.Parse(json, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    /// <summary>Deletes tasks older than <see cref="KeepTasks"/>, noting up to which id, so a node that missed them rebuilds.</summary>
    internal async Task PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var before = clock.GetUtcNow().UtcDateTime - KeepTasks;
        var through = await db.Set<SearchIndexTask>().Where(t => t.CreatedUtc < before).MaxAsync(t => (long?)t.Id, cancellationToken);
        if (through is null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marker = await db.Documents.FirstOrDefaultAsync(d => d.Name == PrunedThroughDocument, cancellationToken);
        var value = through.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (marker is null)
        {
            db.Documents.Add(new Document { Name = PrunedThroughDocument, Json = value });
        }
        else if (long.Parse(marker.Json, System.Globalization.CultureInfo.InvariantCulture) < through)
        {
            marker.Json = value;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Set<SearchIndexTask>().Where(t => t.Id <= through).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await initialization.Completion.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(cancellationToken: stoppingToken);
                if (clock.GetUtcNow().UtcDateTime - _lastPrune > PruneEvery)
                {
                    _lastPrune = clock.GetUtcNow().UtcDateTime;
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Updating the search index failed; trying again in a moment");
                await RecordErrorAsync(exception);
            }

            try
            {
                // A save wakes the pump before its transaction commits: give it a moment.
                if (await _wake.WaitAsync(Interval, stoppingToken))
                {
                    await Task.Delay(CommitGrace, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RecordErrorAsync(Exception exception)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var node = await NodeAsync(db, CancellationToken.None);
            node.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            node.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            logger.LogWarning(inner, "Could not record the search index error");
        }
    }

    private sealed class ReadCount(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

/// <summary>A rebuild under way: published versions read so far, of how many, and the tasks it covers.</summary>
public sealed record RebuildProgress(int Done, int Total, long UpToTaskId);
