using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

/// <summary>
/// Opens material shared in confidence when its time has come: items whose "fortroligt indtil" has
/// passed since the last run get their readers computed again (the other rules, closed or not yet
/// published, still apply). After a start every passed time is applied once, so nothing is missed
/// while the portal was down.
/// </summary>
public sealed class ConfidentialityRelease(PortalDbContext db, IContentManager contentManager, ReleaseWatermark watermark, TimeProvider clock, ILogger<ConfidentialityRelease> logger)
{
    public async Task<int> ReleaseDueAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = watermark.ReleasedUpToUtc;
        var due = await db.Set<AgendaItemIndex>().AsNoTracking()
            .Where(r => (r.Published || r.Latest) && r.ConfidentialUntilUtc != null && r.ConfidentialUntilUtc <= now)
            .Where(r => since == null || r.ConfidentialUntilUtc > since)
            .Select(r => r.ContentItemId)
            .Distinct()
            .ToListAsync();
        foreach (var id in due)
        {
            await contentManager.RefreshReadersAsync(id);
            logger.LogInformation("Released confidential agenda item {ContentItemId}", id);
        }

        watermark.ReleasedUpToUtc = now;
        return due.Count;
    }
}

/// <summary>Up to when this process has released confidential material.</summary>
public sealed class ReleaseWatermark
{
    public DateTime? ReleasedUpToUtc { get; set; }
}

/// <summary>Runs <see cref="ConfidentialityRelease"/> every minute.</summary>
internal sealed class ConfidentialityReleaseJob(IServiceScopeFactory scopes, PortalInitialization initialization, TimeProvider clock, ILogger<ConfidentialityReleaseJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the schema is up to date.
        await initialization.Completion.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ConfidentialityRelease>().ReleaseDueAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Releasing confidential material failed; trying again in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
