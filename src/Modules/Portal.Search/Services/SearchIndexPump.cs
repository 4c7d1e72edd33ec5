using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Search;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>
/// Keeps this node's index in step with the database: applies the indexing tasks the saves wrote,
/// in id order from the last one the index recorded; woken by each save on this node and every
/// couple of seconds for what other nodes wrote. The index is built again from every published
/// item when it is new or lost, when a rebuild task comes, when tasks were pruned before this node
/// applied them, when it does not belong to the database (another database, or one restored to
/// before the index's last task), and when the modules describe items differently from when it was
/// built (a new version of a handler, a module enabled or disabled, another field layout).
/// </summary>
public sealed class SearchIndexPump(
    IServiceScopeFactory scopes,
    SearchIndex index,
    PortalInitialization initialization,
    TimeProvider clock,
    ILogger<SearchIndexPump> logger) : WorkPump(initialization, logger)
{
    private const int BatchSize = 500;
    private static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    /// <summary>How long tasks are kept: a node down for longer builds its index again when it returns.</summary>
    public static readonly TimeSpan KeepTasks = TimeSpan.FromDays(7);

    internal const string PrunedThroughDocument = "Search.PrunedThrough";

    /// <summary>Made once per database: an index built from another database (or none) is built again.</summary>
    internal const string EpochDocument = "Search.Epoch";

    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly TaskCursor _cursor = new(() => Environment.TickCount64);
    private bool _cursorLoaded;
    private string? _epoch;
    private string? _describedBy;
    private DateTime _lastCheck = DateTime.MinValue;
    private DateTime _lastPrune = DateTime.MinValue;
    private (long Position, int Documents, DateTime At)? _lastReport;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(2);

    protected override string Work => "Updating the search index";

    /// <summary>
    /// Applies every task written so far; returns how many. <paramref name="waitForGaps"/> false
    /// assumes no save is still committing (tests).
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

            await using (var scope = scopes.CreateAsyncScope())
            {
                if (!index.HasCommit || _epoch is null || DateTime.UtcNow - _lastCheck > CheckEvery)
                {
                    await RebuildIfForeignAsync(scope.ServiceProvider, progress, cancellationToken);
                }
            }

            var applied = 0;
            var after = _cursor.Position;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

                // Paged by the last id read, not by the cursor, which may wait at a missing id below.
                var from = after;
                var tasks = await db.Set<SearchIndexTask>().AsNoTracking()
                    .Where(t => t.Id > from)
                    .OrderBy(t => t.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (tasks.Count == 0)
                {
                    _cursor.Applied([], waitForGaps);
                    if (_cursor.Position != index.AppliedTaskId)
                    {
                        index.Commit(_cursor.Position, _epoch!, _describedBy);
                    }

                    await ReportAsync(db, null, cancellationToken);
                    return applied;
                }

                after = tasks[^1].Id;
                var pending = tasks.Where(t => !_cursor.IsApplied(t.Id)).ToList();
                if (pending.Any(t => t.Kind == SearchIndexTaskKind.Rebuild))
                {
                    await RebuildAsync(scope.ServiceProvider, progress, cancellationToken);
                }
                else if (pending.Count > 0)
                {
                    // Documents described from a changed item (an agenda item from its meeting) are taken again too.
                    var changed = pending.Select(t => t.ContentItemId!).Distinct(StringComparer.Ordinal).ToList();
                    var ids = changed.Union(index.DependentsOf(changed), StringComparer.Ordinal).ToList();
                    var documents = await scope.ServiceProvider.GetRequiredService<ISearchDocumentSource>().BuildAsync(ids, cancellationToken);
                    index.Replace(ids, documents);
                }

                _cursor.Applied(pending.Select(t => t.Id), waitForGaps);
                index.Commit(_cursor.Position, _epoch!, _describedBy);
                applied += pending.Count;
            }
        }
        catch
        {
            // What was written since the last commit is dropped, and the cursor read again from it.
            index.Rollback();
            _cursorLoaded = false;
            throw;
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
        await db.SaveOperationalChangesAsync(cancellationToken);
        return task.Id;
    }

    /// <summary>Builds the index again when it is new, from another database, behind pruned tasks, or ahead of the database's tasks.</summary>
    private async Task RebuildIfForeignAsync(IServiceProvider services, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        _epoch ??= await EpochAsync(db, cancellationToken);
        _describedBy ??= SearchFields.DescribedBy(services.GetServices<ISearchIndexHandler>());
        var newest = await db.Set<SearchIndexTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var reason =
            !index.HasCommit ? "the index is new"
            : index.DatabaseEpoch != _epoch ? "the index was built from another database"
            : await PrunedThroughAsync(db, cancellationToken) > _cursor.Position ? "tasks it had not applied were pruned"
            : newest < _cursor.Position ? "the database is behind the index (restored?)"
            : index.DescribedBy != _describedBy ? "the modules describe items differently from when it was built"
            : null;
        if (reason is null)
        {
            _lastCheck = DateTime.UtcNow;
            return;
        }

        Logger.LogInformation("Building the search index again: {Reason}", reason);

        // What committed before the rebuild read the items is in it; tasks of the last moments may
        // still be committing, so the cursor starts before them and they are applied again.
        var settled = clock.GetUtcNow().UtcDateTime - TaskCursor.GapWait;
        var start = await db.Set<SearchIndexTask>().Where(t => t.CreatedUtc < settled).MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        await RebuildAsync(services, progress, cancellationToken);
        _cursor.Reset(start);
        index.Commit(start, _epoch, _describedBy);

        // Only now: a rebuild that failed is tried again at the next round, not an hour later.
        _lastCheck = DateTime.UtcNow;
    }

    private async Task RebuildAsync(IServiceProvider services, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var source = services.GetRequiredService<ISearchDocumentSource>();
        var total = await source.CountPublishedAsync(cancellationToken);
        var started = DateTime.UtcNow;
        var current = new RebuildProgress(0, total);
        await ReportAsync(db, current, cancellationToken);
        var lastReport = DateTime.UtcNow;
        index.BeginRebuild();
        await foreach (var batch in source.BuildAllAsync(new ReportTo<int>(read => current = current with { Done = read }), cancellationToken))
        {
            index.Add(batch);
            progress?.Report(current);
            if (DateTime.UtcNow - lastReport > TimeSpan.FromSeconds(1))
            {
                await ReportAsync(db, current, cancellationToken);
                lastReport = DateTime.UtcNow;
            }
        }

        Logger.LogInformation("Search index rebuilt from {Total} published items in {Seconds:0.0} s", total, (DateTime.UtcNow - started).TotalSeconds);
        progress?.Report(current with { Done = total });
        _lastReport = null;
        await ReportAsync(db, null, cancellationToken, rebuiltUtc: clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Writes how far this node is when that changed or a minute has passed (the page shows when it
    /// was last heard of). Written as bookkeeping, so the readers' page caches, which any other
    /// saved change empties on every node, are left alone.
    /// </summary>
    private async Task ReportAsync(PortalDbContext db, RebuildProgress? rebuilding, CancellationToken cancellationToken, DateTime? rebuiltUtc = null)
    {
        if (rebuilding is null && rebuiltUtc is null && _lastReport is { } last && last.Position == _cursor.Position
            && last.Documents == index.DocumentCount && DateTime.UtcNow - last.At < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastReport = rebuilding is null ? (_cursor.Position, index.DocumentCount, DateTime.UtcNow) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var (position, documents, done, total) = (_cursor.Position, index.DocumentCount, rebuilding?.Done, rebuilding?.Total);
        var updated = await db.Set<SearchNode>().Where(n => n.Id == index.NodeId).ExecuteUpdateAsync(n => n
            .SetProperty(x => x.AppliedTaskId, position)
            .SetProperty(x => x.Documents, documents)
            .SetProperty(x => x.RebuildDone, done)
            .SetProperty(x => x.RebuildTotal, total)
            .SetProperty(x => x.LastRebuildUtc, x => rebuiltUtc ?? x.LastRebuildUtc)
            .SetProperty(x => x.LastError, (string?)null)
            .SetProperty(x => x.UpdatedUtc, now), cancellationToken);
        if (updated == 0)
        {
            db.Set<SearchNode>().Add(new SearchNode
            {
                Id = index.NodeId,
                MachineName = Environment.MachineName,
                AppliedTaskId = position,
                Documents = documents,
                RebuildDone = done,
                RebuildTotal = total,
                LastRebuildUtc = rebuiltUtc,
                UpdatedUtc = now,
            });
            await db.SaveOperationalChangesAsync(cancellationToken);
        }
    }

    private static async Task<long> PrunedThroughAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.Name == PrunedThroughDocument).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken) is { } json
            ? long.Parse(json, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static async Task<string> EpochAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await db.Documents.AsNoTracking().Where(d => d.Name == EpochDocument).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken) is { } epoch)
            {
                return epoch;
            }

            db.Documents.Add(new Document { Name = EpochDocument, Json = Guid.NewGuid().ToString("N") });
            try
            {
                await db.SaveOperationalChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another node made it in the same moment: read theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

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

        var value = through.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Documents.Where(d => d.Name == PrunedThroughDocument).ExecuteUpdateAsync(d => d.SetProperty(x => x.Json, value), cancellationToken);
        if (marked == 0)
        {
            db.Documents.Add(new Document { Name = PrunedThroughDocument, Json = value });
            await db.SaveOperationalChangesAsync(cancellationToken);
        }

        await db.Set<SearchIndexTask>().Where(t => t.Id <= through).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        await CatchUpAsync(cancellationToken: stoppingToken);
        if (clock.GetUtcNow().UtcDateTime - _lastPrune > CheckEvery)
        {
            _lastPrune = clock.GetUtcNow().UtcDateTime;
            await PruneAsync(stoppingToken);
        }
    }

    protected override async Task RoundFailedAsync(Exception exception)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var error = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            var now = clock.GetUtcNow().UtcDateTime;
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchNode>()
                .Where(n => n.Id == index.NodeId)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.LastError, error).SetProperty(x => x.UpdatedUtc, now));
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            Logger.LogWarning(inner, "Could not record the search index error");
        }
    }
}

/// <summary>A rebuild under way: published versions read so far, and of how many.</summary>
public sealed record RebuildProgress(int Done, int Total);
