using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Core.Caching;

/// <summary>
/// Says "what readers see has changed": evicts every cached reader page and makes every cached set
/// of reader keys stale. Raised after each committed write (<see cref="ReadCacheInvalidator"/>).
/// </summary>
public sealed class ReadCacheSignal(IOutputCacheStore store)
{
    private long _generation;

    /// <summary>Moves on with every change; what was cached under an earlier generation is stale.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async Task ChangedAsync()
    {
        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(ReaderPages.Tag, CancellationToken.None);
    }
}
