namespace Portal.Core.Caching;

/// <summary>
/// One value read from the database and kept in this process until the next committed write, made
/// here or (through Redis) on another node: it follows <see cref="ReadCacheSignal.Generation"/>, so
/// nothing needs to remember to drop it. A value read while a write committed is returned but read
/// again next time. Keep it in a singleton; <see cref="Reset"/> drops it at once, for a writer that
/// reads its own change before its transaction commits.
/// </summary>
public sealed class UntilNextWrite<T>(ReadCacheSignal signal)
    where T : class
{
    private Entry? _entry;
    private long _resets;

    /// <param name="load">Reads the value.</param>
    /// <param name="keep">Whether a value is worth keeping (default: every value).</param>
    public async Task<T> GetAsync(Func<Task<T>> load, Func<T, bool>? keep = null)
    {
        var generation = signal.Generation;
        var resets = Interlocked.Read(ref _resets);
        if (Volatile.Read(ref _entry) is { } entry && entry.Generation == generation && entry.Resets == resets)
        {
            return entry.Value;
        }

        var value = await load();
        if (keep?.Invoke(value) ?? true)
        {
            Volatile.Write(ref _entry, new Entry(generation, resets, value));
        }

        return value;
    }

    public void Reset()
    {
        Interlocked.Increment(ref _resets);
        Volatile.Write(ref _entry, null);
    }

    private sealed record Entry(long Generation, long Resets, T Value);
}
