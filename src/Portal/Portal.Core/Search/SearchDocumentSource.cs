using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;

namespace Portal.Core.Search;

internal sealed class SearchDocumentSource(PortalDbContext db, IEnumerable<ISearchIndexHandler> handlers, Microsoft.Extensions.Logging.ILogger<SearchDocumentSource> logger) : ISearchDocumentSource
{
    private const int BatchSize = 500;
    private readonly ISearchIndexHandler[] _handlers = [.. handlers];

    public async Task<IReadOnlyList<SearchDocument>> BuildAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct().ToList();
        var documents = new List<SearchDocument>(ids.Count);
        var related = new Dictionary<string, ContentItem?>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            var versions = await db.ContentItems.AsNoTracking()
                .Where(c => c.Published && chunk.Contains(c.ContentItemId))
                .ToListAsync(cancellationToken);
            documents.AddRange(await DescribeAsync(versions, related, cancellationToken));
        }

        return documents;
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> BuildAllAsync(IProgress<int>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var related = new Dictionary<string, ContentItem?>(StringComparer.Ordinal);
        var lastId = 0L;
        var read = 0;
        while (true)
        {
            var versions = await db.ContentItems.AsNoTracking()
                .Where(c => c.Published && c.Id > lastId)
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (versions.Count == 0)
            {
                yield break;
            }

            lastId = versions[^1].Id;
            var documents = await DescribeAsync(versions, related, cancellationToken);
            read += versions.Count;
            progress?.Report(read);
            yield return documents;
        }
    }

    public Task<int> CountPublishedAsync(CancellationToken cancellationToken = default) =>
        db.ContentItems.CountAsync(c => c.Published, cancellationToken);

    private async Task<List<SearchDocument>> DescribeAsync(List<ContentItem> versions, Dictionary<string, ContentItem?> related, CancellationToken cancellationToken)
    {
        var versionIds = versions.Select(v => v.ContentItemVersionId).ToList();
        var readers = (await db.Set<ContentReader>().AsNoTracking()
                .Where(r => !r.Redacted && versionIds.Contains(r.ContentItemVersionId))
                .Select(r => new { r.ContentItemVersionId, r.PrincipalKey })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.ContentItemVersionId, r => r.PrincipalKey, StringComparer.Ordinal);

        var documents = new List<SearchDocument>(versions.Count);
        foreach (var version in versions)
        {
            var keys = readers[version.ContentItemVersionId].ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var document = new SearchDocument
            {
                ContentItemId = version.ContentItemId,
                ContentItemVersionId = version.ContentItemVersionId,
                ContentType = version.ContentType,
                Title = version.DisplayText,
                DateUtc = version.PublishedUtc,
                Readers = keys,
            };
            var context = new SearchIndexContext(version, document, id => PublishedOfAsync(id, related, cancellationToken));
            try
            {
                foreach (var handler in _handlers)
                {
                    await handler.BuildAsync(context);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One item a module cannot describe must not hold back every other change: it is
                // left out (so it shows nobody anything) until it is saved or the index is rebuilt.
                Microsoft.Extensions.Logging.LoggerExtensions.LogError(logger, exception, "Describing {ContentItemId} for search failed; it is left out of the index", version.ContentItemId);
                continue;
            }

            if (document.IsFindable || document.DependsOn.Count > 0)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    private async Task<ContentItem?> PublishedOfAsync(string contentItemId, Dictionary<string, ContentItem?> related, CancellationToken cancellationToken)
    {
        if (!related.TryGetValue(contentItemId, out var item))
        {
            item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Published, cancellationToken);
            related[contentItemId] = item;
        }

        return item;
    }
}
