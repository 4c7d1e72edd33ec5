using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Workflows;
using Portal.Workflows.Models;

namespace Portal.Workflows.Engine;

/// <summary>
/// Starts workflows on events, resumes those waiting for them, and retries or cancels them. Each run
/// is one transaction: it is written only if the workflow's stamp is still the one it started from
/// (so two events at once give exactly one transition each, in turn), and an activity that fails
/// undoes the whole run and marks the workflow faulted in a transaction of its own.
/// </summary>
public sealed class WorkflowManager(
    PortalDbContext db,
    WorkflowTypeStore types,
    WorkflowRunner runner,
    ActivityLibrary library,
    IContentManager contentManager,
    WorkflowRunScope scope,
    IAuditTrail audit,
    TimeProvider clock,
    ILogger<WorkflowManager> logger)
{
    private const int Attempts = 8;

    /// <summary>The enabled types that would start on this event about this item.</summary>
    public async Task<IReadOnlyList<(LoadedType Type, ActivityRecord Start)>> StartersAsync(WorkflowInput input, string contentItemId)
    {
        List<(LoadedType, ActivityRecord)> starters = [];
        foreach (var type in await types.EnabledAsync())
        {
            foreach (var start in type.Definition.Activities.Where(a => a.IsStart && a.Name == input.EventName))
            {
                if (library.Find(start.Name) is { } activity && await MatchesAsync(activity, type, start, input, contentItemId))
                {
                    starters.Add((type, start));
                }
            }
        }

        return starters;
    }

    /// <summary>A start whose condition cannot be evaluated starts nothing; the type's error is logged, the event goes on to the others.</summary>
    private async Task<bool> MatchesAsync(IActivity activity, LoadedType type, ActivityRecord start, WorkflowInput input, string contentItemId)
    {
        try
        {
            return await activity.MatchesAsync(ProbeContext(type, start, input, contentItemId));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "The start '{ActivityId}' of workflow type {WorkflowTypeId} could not be evaluated; it starts nothing", start.Id, type.Type.WorkflowTypeId);
            return false;
        }
    }

    /// <summary>Starts the types that start on the event and resumes the workflows about the item that wait for it.</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> TriggerAsync(WorkflowInput input, string contentItemId)
    {
        List<WorkflowRunResult> results = [];
        foreach (var (type, start) in await StartersAsync(input, contentItemId))
        {
            results.Add(await StartAsync(type, start, input, contentItemId));
        }

        var blocks = await WaitingFor(input.EventName, contentItemId).ToListAsync();
        foreach (var block in blocks)
        {
            results.Add(await ResumeAsync(block, input));
        }

        return results;
    }

    /// <summary>
    /// What waits for this event about this item, oldest first: read through the index on
    /// (EventName, CorrelationId), whatever the number of workflows waiting for other items.
    /// </summary>
    public IQueryable<WorkflowBlock> WaitingFor(string eventName, string contentItemId) =>
        db.Set<WorkflowBlock>().AsNoTracking()
            .Where(b => b.EventName == eventName && b.CorrelationId == contentItemId)
            .OrderBy(b => b.Id);

    public async Task<WorkflowRunResult> StartAsync(LoadedType type, ActivityRecord start, WorkflowInput input, string contentItemId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var workflow = new Workflow
        {
            WorkflowId = IdGenerator.NewId(),
            WorkflowTypeId = type.Type.WorkflowTypeId,
            TypeVersion = type.Type.Version,
            CorrelationId = contentItemId,
            OpenCorrelationId = contentItemId,
            Status = WorkflowStatus.Blocked,
            Stamp = Guid.NewGuid(),
            StartedBy = input.UserName,
            CreatedUtc = now,
            ModifiedUtc = now,
        };

        return await RunAsync(workflow.WorkflowId, type, [new RunEntry(start.Id, Resume: true)], input, async () =>
        {
            if (await db.Set<Workflow>().AnyAsync(w => w.WorkflowTypeId == workflow.WorkflowTypeId && w.OpenCorrelationId == contentItemId))
            {
                return false;
            }

            await db.Set<Workflow>().AddAsync(workflow);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another submission of the same item opened the type's workflow at the same moment.
                db.ChangeTracker.Clear();
                return false;
            }

            db.Entry(workflow).State = EntityState.Detached;
            return true;
        });
    }

    /// <summary>Resumes a workflow at the activity that waits for this event; only once, whoever else tries.</summary>
    public async Task<WorkflowRunResult> ResumeAsync(WorkflowBlock block, WorkflowInput input, Func<Task<bool>>? claim = null)
    {
        var workflow = await db.Set<Workflow>().AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == block.WorkflowId);
        if (workflow is null || await types.VersionAsync(workflow.WorkflowTypeId, workflow.TypeVersion) is not { } type)
        {
            return new WorkflowRunResult(RunOutcome.AlreadyHandled, block.WorkflowId, Message: "Arbejdsgangen findes ikke længere.");
        }

        return await RunAsync(workflow.WorkflowId, type, [new RunEntry(block.ActivityId, Resume: true)], input, async () =>
        {
            if (claim is not null && !await claim())
            {
                return false;
            }

            return await db.Set<WorkflowBlock>().Where(b => b.Id == block.Id).ExecuteDeleteAsync() == 1;
        });
    }

    /// <summary>Runs a faulted workflow's failed run again, from where it began.</summary>
    public async Task<WorkflowRunResult> RetryAsync(string workflowId)
    {
        var workflow = await db.Set<Workflow>().AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == workflowId);
        if (workflow is not { Status: WorkflowStatus.Faulted, PendingRun: { } pendingJson }
            || await types.VersionAsync(workflow.WorkflowTypeId, workflow.TypeVersion) is not { } type)
        {
            return new WorkflowRunResult(RunOutcome.AlreadyHandled, workflowId, workflow?.Status, "Arbejdsgangen er ikke fejlet, eller den er allerede prøvet igen.");
        }

        var pending = JsonSerializer.Deserialize<PendingRun>(pendingJson, WorkflowDefinition.Json)!;
        return await RunAsync(workflowId, type, pending.Entries, pending.Input, async () =>
            await db.Set<Workflow>()
                .Where(w => w.WorkflowId == workflowId && w.Status == WorkflowStatus.Faulted)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WorkflowStatus.Blocked)) == 1);
    }

    /// <summary>Stops a workflow: what it waits for and its open tasks go.</summary>
    public async Task<bool> CancelAsync(string workflowId, string? userName)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var workflow = await db.Set<Workflow>().AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == workflowId);
        var changed = await db.Set<Workflow>()
            .Where(w => w.WorkflowId == workflowId && w.Status != WorkflowStatus.Finished && w.Status != WorkflowStatus.Cancelled)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, WorkflowStatus.Cancelled)
                .SetProperty(w => w.OpenCorrelationId, (string?)null)
                .SetProperty(w => w.Stamp, Guid.NewGuid())
                .SetProperty(w => w.ModifiedUtc, clock.GetUtcNow().UtcDateTime));
        if (changed == 0 || workflow is null)
        {
            return false;
        }

        await EndAsync(workflowId);
        db.Set<WorkflowHistoryEntry>().Add(new WorkflowHistoryEntry
        {
            WorkflowId = workflowId, ActivityId = "", Step = "Arbejdsgangen", Outcome = "Stoppet", UserName = userName, Utc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Add(new AuditEvent(AuditKinds.WorkflowStep, "Arbejdsgangen stoppet", userName) { ContentItemId = workflow.CorrelationId });
        await db.SaveChangesAsync();
        await contentManager.RefreshReadersAsync(workflow.CorrelationId);
        await transaction.CommitAsync();
        return true;
    }

    /// <param name="claim">In the run's transaction, before it: takes the event for this run (false: someone else has it).</param>
    private async Task<WorkflowRunResult> RunAsync(string workflowId, LoadedType type, IReadOnlyList<RunEntry> entries, WorkflowInput input, Func<Task<bool>> claim)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await RunInCallersTransactionAsync(workflowId, type, entries, input, claim);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            scope.TasksChanged = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (!await claim())
            {
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                return new WorkflowRunResult(RunOutcome.AlreadyHandled, workflowId);
            }

            var current = await db.Set<Workflow>().AsNoTracking().FirstAsync(w => w.WorkflowId == workflowId);
            if (current.Status != WorkflowStatus.Blocked)
            {
                // A faulted workflow goes on only by its retry, which runs the failed step first.
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                return new WorkflowRunResult(RunOutcome.NotWaiting, workflowId, current.Status, current.Status == WorkflowStatus.Faulted
                    ? "Arbejdsgangen er gået i stå på grund af en fejl. En administrator skal prøve den igen under Arbejdsgange, før der kan tages stilling. Intet er ændret."
                    : "Arbejdsgangen er afsluttet. Intet er ændret.");
            }

            RunState state;
            try
            {
                state = await RunScopedAsync(current, type, entries, input);
            }
            catch (WorkflowRunFault fault)
            {
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                logger.LogWarning(fault.InnerException, "Workflow {WorkflowId} faulted at {ActivityId}: {Message}", workflowId, fault.ActivityId, fault.Message);
                await RecordFaultAsync(workflowId, current.CorrelationId, entries, input, fault, claim);
                return new WorkflowRunResult(RunOutcome.Faulted, workflowId, WorkflowStatus.Faulted, fault.Message);
            }

            if (await WriteAsync(current, type, state, input) is { } written)
            {
                await RefreshReadersIfTasksChangedAsync(current.CorrelationId);
                await transaction.CommitAsync();
                return new WorkflowRunResult(RunOutcome.Ran, workflowId, written);
            }

            // Another run of this workflow was written meanwhile: do this one again on top of it.
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
        }

        return new WorkflowRunResult(RunOutcome.Busy, workflowId, Message: "Arbejdsgangen er optaget af andre lige nu. Prøv igen om lidt.");
    }

    /// <summary>
    /// A run inside a transaction the caller owns (a recipe): nobody else can run the workflow
    /// meanwhile, and a fault fails the caller's whole transaction instead of being recorded.
    /// </summary>
    private async Task<WorkflowRunResult> RunInCallersTransactionAsync(string workflowId, LoadedType type, IReadOnlyList<RunEntry> entries, WorkflowInput input, Func<Task<bool>> claim)
    {
        scope.TasksChanged = false;
        if (!await claim())
        {
            return new WorkflowRunResult(RunOutcome.AlreadyHandled, workflowId);
        }

        var current = await db.Set<Workflow>().AsNoTracking().FirstAsync(w => w.WorkflowId == workflowId);
        RunState state;
        try
        {
            state = await RunScopedAsync(current, type, entries, input);
        }
        catch (WorkflowRunFault fault)
        {
            throw new WorkflowFaultException($"Arbejdsgangen '{type.Type.Name}' fejlede ved '{fault.ActivityId}': {fault.Message}");
        }

        var written = await WriteAsync(current, type, state, input);
        await RefreshReadersIfTasksChangedAsync(current.CorrelationId);
        return new WorkflowRunResult(RunOutcome.Ran, workflowId, written ?? await StatusAsync(workflowId));
    }

    private async Task RefreshReadersIfTasksChangedAsync(string contentItemId)
    {
        if (scope.TasksChanged)
        {
            await contentManager.RefreshReadersAsync(contentItemId);
        }
    }

    private async Task<RunState> RunScopedAsync(Workflow current, LoadedType type, IReadOnlyList<RunEntry> entries, WorkflowInput input)
    {
        scope.Depth++;
        try
        {
            return await runner.RunAsync(current, type, entries, input);
        }
        finally
        {
            scope.Depth--;
        }
    }

    private async Task<WorkflowStatus> StatusAsync(string workflowId) =>
        await db.Set<Workflow>().AsNoTracking().Where(w => w.WorkflowId == workflowId).Select(w => w.Status).FirstAsync();

    /// <summary>Writes the run if the workflow is still as it was read: the status written, or null when another run came first.</summary>
    private async Task<WorkflowStatus?> WriteAsync(Workflow current, LoadedType type, RunState state, WorkflowInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (state.Finished)
        {
            await EndAsync(current.WorkflowId);
        }
        else
        {
            db.Set<WorkflowBlock>().AddRange(state.Waits.Select(w => new WorkflowBlock
            {
                WorkflowId = current.WorkflowId,
                ActivityId = w.ActivityId,
                EventName = w.Wait.EventName,
                CorrelationId = current.CorrelationId,
                DueUtc = w.Wait.DueUtc,
                CreatedUtc = now,
            }));
        }

        db.Set<WorkflowHistoryEntry>().AddRange(state.History);
        foreach (var entry in state.History)
        {
            audit.Add(StepEvent(current, type, entry, input));
        }

        await db.SaveChangesAsync();

        var open = !state.Finished && await db.Set<WorkflowBlock>().AnyAsync(b => b.WorkflowId == current.WorkflowId);
        var properties = state.Properties.ToJsonString();
        var status = open ? WorkflowStatus.Blocked : WorkflowStatus.Finished;
        var written = await db.Set<Workflow>()
            .Where(w => w.Id == current.Id && w.Stamp == current.Stamp)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, status)
                .SetProperty(w => w.OpenCorrelationId, open ? current.CorrelationId : null)
                .SetProperty(w => w.Properties, properties)
                .SetProperty(w => w.Stamp, Guid.NewGuid())
                .SetProperty(w => w.ModifiedUtc, now)
                .SetProperty(w => w.FaultMessage, (string?)null)
                .SetProperty(w => w.FaultActivityId, (string?)null)
                .SetProperty(w => w.PendingRun, (string?)null));
        return written == 1 ? status : null;
    }

    /// <summary>A step for the item's audit trail; the step the user acted on is their decision, with their comment.</summary>
    private static AuditEvent StepEvent(Workflow workflow, LoadedType type, WorkflowHistoryEntry entry, WorkflowInput input)
    {
        var decision = input.UserName is not null && input.Action is not null && entry.ActivityId == input.ActivityId;
        return new AuditEvent(
            decision ? AuditKinds.WorkflowDecision : AuditKinds.WorkflowStep,
            $"{type.Type.Name}: {entry.Step} – {entry.Outcome}",
            entry.UserName)
        {
            ContentItemId = workflow.CorrelationId,
            Comment = entry.Comment,
        };
    }

    /// <summary>Nothing more to wait for: the blocks go and open tasks are cancelled.</summary>
    private async Task EndAsync(string workflowId)
    {
        await db.Set<WorkflowBlock>().Where(b => b.WorkflowId == workflowId).ExecuteDeleteAsync();
        var cancelled = await db.Set<WorkflowTask>()
            .Where(t => t.WorkflowId == workflowId && t.Status == WorkflowTaskStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTaskStatus.Cancelled));
        scope.TasksChanged |= cancelled > 0;
    }

    /// <summary>
    /// In a transaction of its own: the event is taken (so a task acted on leaves the inbox) and the
    /// workflow is marked faulted with the run to try again.
    /// </summary>
    private async Task RecordFaultAsync(string workflowId, string correlationId, IReadOnlyList<RunEntry> entries, WorkflowInput input, WorkflowRunFault fault, Func<Task<bool>> claim)
    {
        scope.TasksChanged = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await claim())
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return;
        }

        var message = fault.Message.Length > 2000 ? fault.Message[..2000] : fault.Message;
        var pending = JsonSerializer.Serialize(new PendingRun(entries, input), WorkflowDefinition.Json);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Workflow>()
            .Where(w => w.WorkflowId == workflowId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, WorkflowStatus.Faulted)
                .SetProperty(w => w.FaultMessage, message)
                .SetProperty(w => w.FaultActivityId, fault.ActivityId)
                .SetProperty(w => w.PendingRun, pending)
                .SetProperty(w => w.Stamp, Guid.NewGuid())
                .SetProperty(w => w.ModifiedUtc, now));
        db.Set<WorkflowHistoryEntry>().Add(new WorkflowHistoryEntry
        {
            WorkflowId = workflowId,
            ActivityId = fault.ActivityId,
            Step = fault.ActivityId,
            Outcome = "Fejl",
            UserName = input.UserName,
            Comment = message,
            Utc = now,
        });
        await db.SaveChangesAsync();
        await RefreshReadersIfTasksChangedAsync(correlationId);
        await transaction.CommitAsync();
    }

    private ActivityContext ProbeContext(LoadedType type, ActivityRecord start, WorkflowInput input, string contentItemId) =>
        runner.ContextFor(
            new Workflow { WorkflowId = "", CorrelationId = contentItemId, WorkflowTypeId = type.Type.WorkflowTypeId },
            type,
            start,
            input,
            []);

    private sealed record PendingRun(IReadOnlyList<RunEntry> Entries, WorkflowInput Input);
}
