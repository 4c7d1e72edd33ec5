namespace Portal.Core.Hosting;

/// <summary>
/// Wakes a background loop before its next round (a save that wrote work for it): any number of
/// wake-ups before the loop looks count as one.
/// </summary>
public sealed class WakeUp : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _signal.Release();
        }
        catch (Exception exception) when (exception is SemaphoreFullException or ObjectDisposedException)
        {
            // Woken by someone else in the same moment, or the loop has stopped with the host.
        }
    }

    /// <summary>Waits until woken or <paramref name="timeout"/> passes; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
