using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;

namespace Portal.Contents.Scheduling;

/// <summary>
/// At every start: carries out what came due while the portal was down, and wakes the scheduler
/// for everything still planned.
/// </summary>
internal sealed class ContentScheduleStartup(ContentSchedule schedule, ScheduleWakeUps wakeUps, ILogger<ContentScheduleStartup> logger) : IPortalStartupTask
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await schedule.RunDueAsync(cancellationToken);
            foreach (var due in await schedule.UpcomingAsync(cancellationToken))
            {
                await wakeUps.WakeAtAsync(due);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The portal starts all the same; the sweep tries again within a minute.
            logger.LogError(exception, "Carrying out scheduled publishing at start failed");
        }
    }
}
