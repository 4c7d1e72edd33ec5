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
