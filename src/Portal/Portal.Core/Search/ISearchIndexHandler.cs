using Portal.Core.Content;

namespace Portal.Core.Search;

/// <summary>
/// A module's say in what search finds of a published version of its types: the title, the address
/// a hit leads to, the label, committee, date and text. Runs when the item is indexed, away from
/// any request; a module handles only its own types (and parts).
/// </summary>
public interface ISearchIndexHandler
{
    /// <summary>
    /// Raise it when what the handler writes changes (another text, label or address), so that
    /// every node builds its index again when it starts with the new version; so does a module
    /// enabled or disabled.
    /// </summary>
    int DescriptionVersion => 1;

    Task BuildAsync(SearchIndexContext context);
}

/// <summary>One published version being described for search.</summary>
public sealed class SearchIndexContext(ContentItem version, SearchDocument document, Func<string, Task<ContentItem?>> publishedOf)
{
    public ContentItem ContentItem { get; } = version;

    public SearchDocument Document { get; } = document;

    /// <summary>
    /// The published version of an item the description depends on (an agenda item's meeting and
    /// committee), read through the platform and kept for the rest of the batch. The document is
    /// taken again whenever that item changes.
    /// </summary>
    public Task<ContentItem?> PublishedOfAsync(string contentItemId)
    {
        Document.AddDependency(contentItemId);
        return publishedOf(contentItemId);
    }

    /// <summary>Marks items the description was made from by other means (a module's own index rows): the document is taken again when one of them changes.</summary>
    public void DependsOn(params IEnumerable<string> contentItemIds)
    {
        foreach (var id in contentItemIds)
        {
            Document.AddDependency(id);
        }
    }
}
