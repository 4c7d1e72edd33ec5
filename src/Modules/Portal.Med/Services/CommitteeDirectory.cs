using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

/// <summary>
/// The names of the published committees, which nearly every MED page shows, kept in memory until
/// the next committed write (on this node or another), and dropped at once when a committee changes.
/// </summary>
public sealed class CommitteeDirectory(ReadCacheSignal signal)
{
    private readonly UntilNextWrite<IReadOnlyDictionary<string, string>> _names = new(signal);

    public Task<IReadOnlyDictionary<string, string>> NamesAsync(PortalDbContext db) =>
        _names.GetAsync(async () => await db.Set<CommitteeIndex>().AsNoTracking().Where(c => c.Published).ToDictionaryAsync(c => c.ContentItemId, c => c.Name));

    public void Invalidate() => _names.Reset();
}

internal sealed class CommitteeDirectoryInvalidation(CommitteeDirectory directory) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => Invalidate(context);

    public Task UnpublishedAsync(ContentContext context) => Invalidate(context);

    public Task RemovedAsync(ContentContext context) => Invalidate(context);

    public Task UpdatedAsync(ContentContext context) => Invalidate(context);

    private Task Invalidate(ContentContext context)
    {
        if (context.ContentItem.ContentType == MedTypes.Committee)
        {
            directory.Invalidate();
        }

        return Task.CompletedTask;
    }
}
