using System.Security.Claims;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Content.Visibility;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>One reader's keys for <c>SearchService</c>, which asks only for the keys and their fingerprint.</summary>
internal sealed class FakeVisibility(IReadOnlySet<string> keys) : IContentVisibility
{
    public Task<IReadOnlySet<string>> KeysOfAsync(ClaimsPrincipal user) => Task.FromResult(keys);

    public Task<string> FingerprintOfAsync(ClaimsPrincipal user) => Task.FromResult(string.Join('|', keys.Order(StringComparer.Ordinal)));

    public Task<VisibleContent?> GetAsync(ClaimsPrincipal user, string contentItemId, VersionOptions options = VersionOptions.Published, string? contentType = null) =>
        throw new NotSupportedException();

    public Task<ContentItem?> ReadAsync(ClaimsPrincipal user, string contentItemId, VersionOptions options = VersionOptions.Published, string? contentType = null) =>
        throw new NotSupportedException();

    public Task<ContentItem?> GetVersionAsync(ClaimsPrincipal user, string contentItemVersionId) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, VisibleContent>> GetManyAsync(
        IReadOnlySet<string> keys, IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, string? contentType = null) =>
        throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, VisibleContent>> GetManyAsync<TRow>(IReadOnlySet<string> keys, IQueryable<TRow> rows)
        where TRow : ContentIndexRow => throw new NotSupportedException();

    public IQueryable<ContentItem> Versions(IReadOnlySet<string> keys) => throw new NotSupportedException();

    public IQueryable<TRow> Readable<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow => throw new NotSupportedException();

    public IQueryable<VisibleRow<TRow>> Visible<TRow>(IQueryable<TRow> rows, IReadOnlySet<string> keys)
        where TRow : ContentIndexRow => throw new NotSupportedException();

    public Task<bool> CanReadAsync(ClaimsPrincipal user, ContentItem version) => throw new NotSupportedException();
}
