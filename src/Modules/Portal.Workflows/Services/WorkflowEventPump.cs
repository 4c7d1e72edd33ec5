using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Workflows;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>
/// Hands content events to the workflows after the saves that wrote them: woken by each save, and
/// every few seconds for events another node wrote or a crash left. Each event is taken by deleting
/// its row, so on several nodes only one hands it on.
/// </summary>
public sealed class WorkflowEventPump(IServiceScopeFactory scopes, PortalInitialization initialization, ILogger<WorkflowEventPump> logger) : WorkPump(initialization, logger)
{
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim _draining = new(1, 1);

    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override string Work => "Handing content events to the workflows";

    protected override Task RunRoundAsync(CancellationToken stoppingToken) => DrainAsync(stoppingToken);

    /// <summary>Hands on every event waiting now; returns how many.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await _draining.WaitAsync(cancellationToken);
        try
        {
            var handled = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var batch = await db.Set<WorkflowEvent>().AsNoTracking()
                    .Where(e => e.Attempts < MaxAttempts)
                    .OrderBy(e => e.Id)
                    .Take(50)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    return handled;
                }

                foreach (var next in batch)
                {
                    await using var eventScope = scopes.CreateAsyncScope();
                    await HandOnAsync(eventScope.ServiceProvider, next);
                    handled++;
                }
            }
        }
        finally
        {
            _draining.Release();
        }
    }

    private async Task HandOnAsync(IServiceProvider services, WorkflowEvent next)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.Set<WorkflowEvent>().Where(e => e.Id == next.Id).ExecuteDeleteAsync() == 0)
        {
            return;
        }

        try
        {
            var input = new WorkflowInput(next.EventName, next.UserName, ContentType: next.ContentType);
            await services.GetRequiredService<WorkflowManager>().TriggerAsync(input, next.ContentItemId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger.LogError(exception, "Workflow event {EventName} for {ContentItemId} failed (attempt {Attempt})", next.EventName, next.ContentItemId, next.Attempts + 1);
            db.ChangeTracker.Clear();
            db.Set<WorkflowEvent>().Add(new WorkflowEvent
            {
                EventName = next.EventName,
                ContentItemId = next.ContentItemId,
                ContentType = next.ContentType,
                UserName = next.UserName,
                CreatedUtc = next.CreatedUtc,
                Attempts = next.Attempts + 1,
            });
            await db.SaveOperationalChangesAsync();
        }
    }
}
