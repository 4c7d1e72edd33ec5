namespace Portal.Core.Search;

/// <summary>
/// The documents a search index keeps, built by the modules' <see cref="ISearchIndexHandler"/>s from
/// the published versions, each with the keys that may read it. Drafts and removed items are never
/// among them; an item no module gives an address is among them only when it was described from
/// other items, and then it is not <see cref="SearchDocument.IsFindable"/>.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>The documents of these items as they are now; an item missing from the answer has nothing to index.</summary>
    Task<IReadOnlyList<SearchDocument>> BuildAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>Every document, in batches, for a rebuild; <paramref name="progress"/> gets the versions read so far.</summary>
    IAsyncEnumerable<IReadOnlyList<SearchDocument>> BuildAllAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>How many published versions a rebuild reads.</summary>
    Task<int> CountPublishedAsync(CancellationToken cancellationToken = default);
}
