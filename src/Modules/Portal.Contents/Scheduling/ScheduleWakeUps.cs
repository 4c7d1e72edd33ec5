using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;
using Quartz;

namespace Portal.Contents.Scheduling;

/// <summary>
/// Wakes the portal when a planned change comes due: a one-off Quartz trigger for each planned
/// time, and a sweep every minute for changes planned on another node. The schedule itself is
/// the <see cref="ScheduledChange"/> rows, so Quartz keeps nothing that a restart could lose.
/// </summary>
public sealed class ScheduleWakeUps(ISchedulerFactory schedulers)
{
    public static readonly JobKey JobKey = new("content-schedule", "portal");

    public async Task WakeAtAsync(DateTime dueUtc)
    {
        var scheduler = await schedulers.GetScheduler();
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"due-{dueUtc.Ticks}", "portal")
            .ForJob(JobKey)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep);
    }
}

/// <summary>Carries out what has come due.</summary>
[DisallowConcurrentExecution]
internal sealed class ContentScheduleJob(IServiceScopeFactory scopes, PortalInitialization initialization, ILogger<ContentScheduleJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!initialization.Completion.IsCompletedSuccessfully)
        {
            // The start-up task carries out everything due once the schema is up to date.
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ContentSchedule>().RunDueAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Carrying out scheduled publishing failed; the sweep tries again within a minute");
        }
    }
}

/// <summary>
/// At every start: carries out what came due while the portal was down, and wakes the scheduler
/// for everything still planned.
/// </summary>
internal sealed class ContentScheduleStartup(ContentSchedule schedule, ScheduleWakeUps wakeUps) : IPortalStartupTask
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await schedule.RunDueAsync(cancellationToken);
        foreach (var due in await schedule.UpcomingAsync(cancellationToken))
        {
            await wakeUps.WakeAtAsync(due);
        }
    }
}
