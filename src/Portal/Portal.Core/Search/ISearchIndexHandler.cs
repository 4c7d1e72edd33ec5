using Portal.Core.Content;

namespace Portal.Core.Search;

/// <summary>
/// A module's say in what search finds of a published version of its types: the title, the address
/// a hit leads to, the label, committee, date and text. Runs when the item is indexed, away from
/// any request; a module handles only its own types (and parts).
/// </summary>
public interface ISearchIndexHandler
{
    Task BuildAsync(SearchIndexContext context);
}

/// <summary>One published version being described for search.</summary>
public sealed class SearchIndexContext(ContentItem version, SearchDocument document, Func<string, Task<ContentItem?>> publishedOf)
{
    public ContentItem ContentItem { get; } = version;

    public SearchDocument Document { get; } = document;

    /// <summary>
    /// The published version of an item the description depends on (an agenda item's meeting and
    /// committee), read through the platform and kept for the rest of the batch.
    /// </summary>
    public Task<ContentItem?> PublishedOfAsync(string contentItemId) => publishedOf(contentItemId);
}
