using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// Delivers the notifications the saves wrote, sends the e-mails waiting and the digests whose time
/// has come: woken by each save, and every few seconds for what another node wrote, a crash left or
/// an outage held back.
/// </summary>
public sealed class NotificationPump(IServiceScopeFactory scopes, PortalInitialization initialization, TimeProvider clock, ILogger<NotificationPump> logger) : WorkPump(initialization, logger)
{
    private const int MaxAttempts = 10;
    private readonly SemaphoreSlim _running = new(1, 1);
    private DateTime _lastDigestRound = DateTime.MinValue;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(3);

    protected override TimeSpan CommitGrace => TimeSpan.FromMilliseconds(150);

    protected override string Work => "Delivering notifications";

    protected override Task RunRoundAsync(CancellationToken stoppingToken) => DrainAsync(stoppingToken);

    /// <summary>Delivers every waiting notification and sends what is due; returns how many notifications were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            var delivered = await DeliverAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var now = clock.GetUtcNow().UtcDateTime;
            if (now - _lastDigestRound >= TimeSpan.FromMinutes(1))
            {
                _lastDigestRound = now;
                await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(cancellationToken);
            }

            await scope.ServiceProvider.GetRequiredService<MailQueue>().SendDueAsync(cancellationToken);
            return delivered;
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>The digests due now, whatever the last round was (for a fake clock in tests and for the admin page).</summary>
    public async Task<int> SendDigestsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(cancellationToken);
        await DrainAsync(cancellationToken);
        return sent;
    }

    private async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            List<long> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                batch = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<NotificationEvent>().AsNoTracking()
                    .Where(e => e.Attempts < MaxAttempts)
                    .OrderBy(e => e.Id)
                    .Select(e => e.Id)
                    .Take(50)
                    .ToListAsync(cancellationToken);
            }

            var progress = false;
            foreach (var id in batch)
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<NotificationDispatcher>();
                try
                {
                    if (await dispatcher.DeliverAsync(id, cancellationToken))
                    {
                        delivered++;
                    }

                    progress = true;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Logger.LogError(exception, "Delivering notification event {Id} failed; it is tried again", id);
                    await dispatcher.RecordFailureAsync(id, exception);
                }
            }

            if (batch.Count == 0 || !progress)
            {
                return delivered;
            }
        }
    }
}
