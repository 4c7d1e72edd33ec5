using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;
using Quartz;

namespace Portal.Contents.Scheduling;

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
