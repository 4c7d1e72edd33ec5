using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

/// <summary>
/// Opens material shared in confidence when its time has come: items whose "fortroligt indtil" has
/// passed but whose readers are still restricted get their readers computed again.
/// </summary>
public sealed class ConfidentialityRelease(PortalDbContext db, IContentManager contentManager, IContentVisibility visibility, TimeProvider clock, ILogger<ConfidentialityRelease> logger)
{
    private static readonly IReadOnlySet<string> Everyone = new HashSet<string> { PrincipalKeys.Everyone };

    public async Task<int> ReleaseDueAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = db.Set<AgendaItemIndex>().AsNoTracking();
        var open = visibility.Readable(rows, Everyone).Select(r => r.ContentItemVersionId);
        var due = await rows
            .Where(r => r.Published && !r.IsClosed && r.ConfidentialUntilUtc != null && r.ConfidentialUntilUtc <= now)
            .Where(r => !open.Contains(r.ContentItemVersionId))
            .Select(r => r.ContentItemId)
            .ToListAsync();
        foreach (var id in due)
        {
            await contentManager.RefreshReadersAsync(id);
            logger.LogInformation("Released confidential agenda item {ContentItemId}", id);
        }

        return due.Count;
    }
}

/// <summary>Runs <see cref="ConfidentialityRelease"/> every minute.</summary>
internal sealed class ConfidentialityReleaseJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ConfidentialityReleaseJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
