using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Workflows;
using Portal.Workflows.Activities;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;
using Quartz;

namespace Portal.Workflows.Services;

/// <summary>
/// Resumes the workflows whose waiting time has come, and reminds or escalates the tasks whose time
/// has come. The times are rows, so a restart loses none.
/// </summary>
public sealed class WorkflowTimers(PortalDbContext db, WorkflowManager manager, TaskDeadlines deadlines, TimeProvider clock)
{
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default) =>
        await ResumeDueAsync(cancellationToken) + await deadlines.RunDueAsync(cancellationToken);

    private async Task<int> ResumeDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<WorkflowBlock>().AsNoTracking()
            .Where(b => b.EventName == WorkflowEvents.Timer && b.DueUtc <= now)
            .OrderBy(b => b.DueUtc)
            .Take(200)
            .ToListAsync(cancellationToken);
        foreach (var block in due)
        {
            await manager.ResumeAsync(block, new WorkflowInput(WorkflowEvents.Timer) { ActivityId = block.ActivityId });
        }

        return due.Count;
    }
}

[DisallowConcurrentExecution]
internal sealed class WorkflowTimerJob(IServiceScopeFactory scopes, PortalInitialization initialization, ILogger<WorkflowTimerJob> logger) : IJob
{
    public static readonly JobKey Key = new("workflow-timers", "portal");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!initialization.Completion.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowTimers>().RunDueAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Resuming workflows whose time has come failed; trying again within a minute");
        }
    }
}
