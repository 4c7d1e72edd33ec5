using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// A module's background loop over work that saves leave in the database (indexing tasks, content
/// events, notifications): woken by each save on this node (<see cref="Wake"/>), and every
/// <see cref="Interval"/> for what another node wrote, a crash left or an outage held back. It
/// starts once the portal is initialized; a failed round is logged and tried again; stopping, with
/// the host or on its own, is not a failure (which would stop the host).
/// </summary>
public abstract class WorkPump(PortalInitialization initialization, ILogger logger) : BackgroundService
{
    private readonly WakeUp _wake = new();

    protected ILogger Logger { get; } = logger;

    /// <summary>How long the loop waits for a wake-up before it looks anyway.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>A save wakes the pump before its transaction commits: the moment it is given to commit.</summary>
    protected virtual TimeSpan CommitGrace => TimeSpan.FromMilliseconds(100);

    /// <summary>What a round does, for the log: "Updating the search index".</summary>
    protected abstract string Work { get; }

    public void Wake() => _wake.Wake();

    /// <summary>One round: everything waiting now.</summary>
    protected abstract Task RunRoundAsync(CancellationToken stoppingToken);

    /// <summary>After a failed round has been logged (the pump's own record of it, if it keeps one).</summary>
    protected virtual Task RoundFailedAsync(Exception exception) => Task.CompletedTask;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await initialization.Completion.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunRoundAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    Logger.LogError(exception, "{Work} failed; trying again in a moment", Work);
                    await RoundFailedAsync(exception);
                }

                if (await _wake.WaitAsync(Interval, stoppingToken))
                {
                    await Task.Delay(CommitGrace, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
