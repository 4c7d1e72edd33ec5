namespace Portal.Core.Search;

/// <summary>
/// For what changes an item's searchable text without saving the item (a file attached to it): asks
/// search to take the item again, in the caller's transaction, when the caller saves. Saves of
/// content need nothing of this; search follows them by itself. Without search, nothing happens.
/// </summary>
public interface ISearchIndexQueue
{
    void Queue(string contentItemId);
}

internal sealed class NoSearchIndex : ISearchIndexQueue
{
    public void Queue(string contentItemId)
    {
    }
}
