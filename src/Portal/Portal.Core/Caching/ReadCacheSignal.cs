using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Core.Caching;

/// <summary>
/// Says "what readers see has changed": evicts every cached reader page and makes every cached set
/// of reader keys stale. Raised after each committed write (<see cref="ReadCacheInvalidator"/>), and
/// passed on to the other nodes when there are several (<see cref="RedisReadCacheBackplane"/>).
/// </summary>
public sealed class ReadCacheSignal(IOutputCacheStore store)
{
    private long _generation;

    /// <summary>Raised after a change made on this node, for the other nodes to hear of it.</summary>
    public event Func<Task>? ChangedHere;

    /// <summary>Moves on with every change; what was cached under an earlier generation is stale.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A change made on this node.</summary>
    public async Task ChangedAsync()
    {
        await ApplyAsync();
        if (ChangedHere is { } relay)
        {
            await relay();
        }
    }

    /// <summary>A change, made here or on another node: forget what was cached before it.</summary>
    public async Task ApplyAsync()
    {
        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(ReaderPages.Tag, CancellationToken.None);
    }
}
