using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Visibility;

namespace Portal.Contents.Services;

public enum ContentStatusFilter
{
    All,
    Published,
    Draft,
}

public enum ContentSort
{
    Modified,
    Title,
    Type,
}

public sealed record ContentListFilter(
    IReadOnlyCollection<string> Types,
    string? ContentType = null,
    ContentStatusFilter Status = ContentStatusFilter.All,
    string? Search = null,
    ContentSort Sort = ContentSort.Modified,
    int Page = 1,
    int PageSize = 20);

/// <summary>One row of the admin list: the latest version, and whether a published version exists.</summary>
public sealed record ContentListRow(
    string ContentItemId,
    string ContentType,
    string DisplayText,
    bool Published,
    bool HasPublished,
    DateTime ModifiedUtc,
    string? Author,
    Guid ConcurrencyStamp);

public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads the latest versions the user may read, without loading their documents.</summary>
public sealed class ContentListQuery(IContentVisibility visibility)
{
    public async Task<ContentListPage> ListAsync(IReadOnlySet<string> keys, ContentListFilter filter)
    {
        var readable = visibility.Versions(keys);
        var query = readable.Where(c => c.Latest && filter.Types.Contains(c.ContentType));
        if (!string.IsNullOrEmpty(filter.ContentType))
        {
            query = query.Where(c => c.ContentType == filter.ContentType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // lower(…) LIKE runs case-insensitively on both SQLite and PostgreSQL; the
            // StringComparison overload the analyzer suggests cannot be translated to SQL.
            var search = filter.Search.Trim().ToLower();
#pragma warning disable CA1862
            query = query.Where(c => c.DisplayText.ToLower().Contains(search));
#pragma warning restore CA1862
        }

        var withPublished = query.Select(c => new
        {
            Item = c,
            HasPublished = readable.Any(p => p.ContentItemId == c.ContentItemId && p.Published),
        });
        withPublished = filter.Status switch
        {
            ContentStatusFilter.Published => withPublished.Where(c => c.HasPublished),
            ContentStatusFilter.Draft => withPublished.Where(c => !c.Item.Published),
            _ => withPublished,
        };

        var total = await withPublished.CountAsync();
        var ordered = filter.Sort switch
        {
            ContentSort.Title => withPublished.OrderBy(c => c.Item.DisplayText).ThenByDescending(c => c.Item.ModifiedUtc),
            ContentSort.Type => withPublished.OrderBy(c => c.Item.ContentType).ThenBy(c => c.Item.DisplayText),
            _ => withPublished.OrderByDescending(c => c.Item.ModifiedUtc),
        };

        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await ordered
            .Skip((page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(c => new ContentListRow(
                c.Item.ContentItemId,
                c.Item.ContentType,
                c.Item.DisplayText,
                c.Item.Published,
                c.HasPublished,
                c.Item.ModifiedUtc,
                c.Item.Author,
                c.Item.ConcurrencyStamp))
            .ToListAsync();
        return new ContentListPage(rows, total, page, filter.PageSize);
    }
}
