using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;
using Quartz;

namespace Portal.AuditTrail.Services;

/// <summary>Once a day: the retention purge.</summary>
internal sealed class AuditRetentionJob(IServiceScopeFactory scopes, PortalInitialization initialization, ILogger<AuditRetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("audit-retention", "portal");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await initialization.Completion.WaitAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var deleted = await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(cancellationToken);
            if (deleted > 0)
            {
                logger.LogInformation("Deleted {Count} audit records older than the retention period", deleted);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Purging old audit records failed; trying again tomorrow");
        }
    }
}
