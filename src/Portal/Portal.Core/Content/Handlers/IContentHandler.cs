namespace Portal.Core.Content.Handlers;

/// <summary>
/// Content events. Workflows, audit trail, search and notifications hook in here. Handlers run
/// inside the save's transaction; a handler that throws cancels the save.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context) => Task.CompletedTask;

    Task CreatedAsync(ContentContext context) => Task.CompletedTask;

    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    Task UpdatedAsync(ContentContext context) => Task.CompletedTask;

    Task PublishingAsync(ContentContext context) => Task.CompletedTask;

    Task PublishedAsync(ContentContext context) => Task.CompletedTask;

    Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;

    Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;

    Task RemovingAsync(ContentContext context) => Task.CompletedTask;

    Task RemovedAsync(ContentContext context) => Task.CompletedTask;

    Task VersionedAsync(ContentVersionedContext context) => Task.CompletedTask;

    /// <summary>
    /// The rules gave a live version other readers than it had, outside a save of the item itself
    /// (material shared in confidence released, a meeting's status followed by its items, a rule
    /// changed): whatever keeps a copy of who may read it (a search index) must take it again.
    /// </summary>
    Task ReadersChangedAsync(ContentContext context) => Task.CompletedTask;
}

public class ContentContext(ContentItem contentItem)
{
    private readonly HashSet<string> _readersToRefresh = new(StringComparer.Ordinal);

    public ContentItem ContentItem { get; } = contentItem;

    internal Func<Task<ContentItem?>>? StoredBefore { get; init; }

    /// <summary>
    /// In <see cref="IContentHandler.PublishingAsync"/>: the version published until now, which this
    /// publication replaces (read it, do not change it); null on a first publication.
    /// </summary>
    public ContentItem? PublishedBefore { get; init; }

    /// <summary>
    /// In <see cref="IContentHandler.UpdatingAsync"/> of a save: the version as it was stored before
    /// this save (the same version for an edit in place, else the one before it), read without
    /// tracking; null for a new item or outside a save.
    /// </summary>
    public Task<ContentItem?> StoredBeforeAsync() => StoredBefore?.Invoke() ?? Task.FromResult<ContentItem?>(null);

    /// <summary>Items whose visibility depends on this one (a meeting's agenda items follow its status).</summary>
    internal IReadOnlySet<string> ReadersToRefresh => _readersToRefresh;

    /// <summary>
    /// Applies the visibility rules again to these items' live versions, in this save's transaction,
    /// after this item and its index rows are written.
    /// </summary>
    public void RefreshReadersOf(IEnumerable<string> contentItemIds) => _readersToRefresh.UnionWith(contentItemIds);

    /// <summary>Set by a handler in an "-ing" event to refuse the operation.</summary>
    public string? CancelReason { get; private set; }

    public void Cancel(string reason) => CancelReason = reason;
}

public sealed class ContentVersionedContext(ContentItem previous, ContentItem next) : ContentContext(next)
{
    public ContentItem PreviousVersion { get; } = previous;
}
