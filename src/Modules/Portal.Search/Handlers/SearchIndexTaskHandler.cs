using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Core.Search;
using Portal.Search.Models;
using Portal.Search.Services;

namespace Portal.Search.Handlers;

/// <summary>
/// Writes "take this item again" in the transaction of every change a reader of search could
/// notice: a publication, an edit of what is published, an unpublication or removal, and readers
/// that changed (material released from confidence, a closed item opened). The indexer reads the
/// item as it is when it applies the task, so one task per item and save is enough. Modules ask for
/// the same through <see cref="ISearchIndexQueue"/> when an item's text changes without a save (a
/// file attached to it).
/// </summary>
internal sealed class SearchIndexTaskHandler(PortalDbContext db, TimeProvider clock, SearchIndexPump pump) : IContentHandler, ISearchIndexQueue
{
    public Task PublishedAsync(ContentContext context) => QueueAsync(context);

    public Task UpdatedAsync(ContentContext context) => context.ContentItem.Published ? QueueAsync(context) : Task.CompletedTask;

    public Task UnpublishedAsync(ContentContext context) => QueueAsync(context);

    public Task RemovedAsync(ContentContext context) => QueueAsync(context);

    public Task ReadersChangedAsync(ContentContext context) => context.ContentItem.Published ? QueueAsync(context) : Task.CompletedTask;

    private Task QueueAsync(ContentContext context)
    {
        Queue(context.ContentItem.ContentItemId);
        return Task.CompletedTask;
    }

    public void Queue(string contentItemId)
    {
        // One task per item and save: a task already saved by an earlier save of this scope may have been applied.
        var tasks = db.Set<SearchIndexTask>();
        if (!tasks.Local.Any(t => t.Kind == SearchIndexTaskKind.Item && t.ContentItemId == contentItemId && db.Entry(t).State == EntityState.Added))
        {
            tasks.Add(new SearchIndexTask { Kind = SearchIndexTaskKind.Item, ContentItemId = contentItemId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            pump.Wake();
        }
    }
}
