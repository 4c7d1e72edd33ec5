using Microsoft.EntityFrameworkCore;
using Portal.Communication.Indexes;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;

namespace Portal.Communication.Services;

/// <summary>What lists of stories show: by area, profession and tag, newest first, a page at a time.</summary>
public sealed record StoryFilter(string? AreaId = null, string? Profession = null, string? Tag = null, int Page = 1, int PageSize = StoryFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 12;
}

public sealed record StoryPage(IReadOnlyList<ContentItem> Stories, int Page, int PageCount, int Total);

/// <summary>The module's reads, every one through the platform's visibility API with the reader's keys.</summary>
public sealed class StoryQueries(PortalDbContext db, IContentVisibility visibility)
{
    private List<ContentItem>? _areas;

    /// <summary>The published areas every signed-in reader may see, by name; read once per request.</summary>
    public async Task<List<ContentItem>> AreasAsync() =>
        _areas ??= await visibility.Versions(PrincipalKeys.EveryoneOnly).Where(c => c.Published && c.ContentType == CommunicationTypes.StoryArea)
            .OrderBy(c => c.DisplayText)
            .ToListAsync();

    public Task<ContentItem?> PublishedAsync(IReadOnlySet<string> keys, string contentType, string id) =>
        visibility.Versions(keys).Where(c => c.ContentItemId == id && c.Published && c.ContentType == contentType)
            .FirstOrDefaultAsync();

    /// <summary>The published stories the keys may read that pass the filter, newest first; the page is clamped to those there are.</summary>
    public async Task<StoryPage> StoriesAsync(IReadOnlySet<string> keys, StoryFilter filter)
    {
        var rows = visibility.Readable(db.Set<StoryIndex>().AsNoTracking().Where(s => s.Published), keys);
        if (!string.IsNullOrEmpty(filter.AreaId))
        {
            rows = rows.Where(s => s.AreaId == filter.AreaId);
        }

        if (!string.IsNullOrEmpty(filter.Profession))
        {
            rows = rows.Where(s => s.Profession == filter.Profession);
        }

        if (!string.IsNullOrEmpty(filter.Tag))
        {
            var tag = StoryTags.Normalize(filter.Tag);
            var tagged = db.Set<StoryTagIndex>().AsNoTracking().Where(t => t.Published && t.Tag == tag);
            rows = rows.Where(s => tagged.Any(t => t.ContentItemVersionId == s.ContentItemVersionId));
        }

        var total = await rows.CountAsync();
        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        return new StoryPage(await NewestAsync(keys, rows, (page - 1) * filter.PageSize, filter.PageSize), page, pageCount, total);
    }

    /// <summary>
    /// The published stories the keys may read whose version was published in [<paramref name="fromUtc"/>,
    /// <paramref name="toUtc"/>), oldest first: what a channel plan places in its quarters.
    /// </summary>
    public async Task<List<ContentItem>> PublishedBetweenAsync(IReadOnlySet<string> keys, DateTime fromUtc, DateTime toUtc)
    {
        var rows = visibility.Readable(db.Set<StoryIndex>().AsNoTracking().Where(s => s.Published && s.PublishedUtc >= fromUtc && s.PublishedUtc < toUtc), keys);
        var found = await (
            from s in rows
            join c in visibility.Versions(keys) on s.ContentItemVersionId equals c.ContentItemVersionId
            select new { Item = c, s.PublishedUtc }).ToListAsync();
        return [.. found.OrderBy(f => f.PublishedUtc).ThenBy(f => f.Item.ContentItemId, StringComparer.Ordinal).Select(f => f.Item)];
    }

    /// <summary>The published items of a type the keys may read, by title.</summary>
    public Task<List<ContentItem>> PublishedOfTypeAsync(IReadOnlySet<string> keys, string contentType) =>
        visibility.Versions(keys).Where(c => c.Published && c.ContentType == contentType)
            .OrderBy(c => c.DisplayText)
            .ToListAsync();

    /// <summary>The professions of the published stories, for the filter.</summary>
    public Task<List<string>> ProfessionsAsync(IReadOnlySet<string> keys) =>
        visibility.Readable(db.Set<StoryIndex>().AsNoTracking().Where(s => s.Published && s.Profession != ""), keys)
            .Select(s => s.Profession).Distinct().OrderBy(p => p).ToListAsync();

    /// <summary>The newest published stories the keys may read among those <paramref name="narrow"/> leaves, newest first.</summary>
    public Task<IReadOnlyList<ContentItem>> NewestAsync(IReadOnlySet<string> keys, Func<IQueryable<StoryIndex>, IQueryable<StoryIndex>> narrow, int take) =>
        NewestAsync(keys, narrow(visibility.Readable(db.Set<StoryIndex>().AsNoTracking().Where(s => s.Published), keys)), skip: 0, take);

    /// <summary>A page of the rows' stories, newest first, in one query.</summary>
    private async Task<IReadOnlyList<ContentItem>> NewestAsync(IReadOnlySet<string> keys, IQueryable<StoryIndex> rows, int skip, int take)
    {
        var found = await (
            from s in rows.OrderByDescending(s => s.PublishedUtc).ThenBy(s => s.ContentItemId).Skip(skip).Take(take)
            join c in visibility.Versions(keys) on s.ContentItemVersionId equals c.ContentItemVersionId
            select new { Item = c, s.PublishedUtc, s.ContentItemId }).ToListAsync();

        // Joins do not promise to keep the order of their outer rows.
        return [.. found.OrderByDescending(f => f.PublishedUtc).ThenBy(f => f.ContentItemId, StringComparer.Ordinal).Select(f => f.Item)];
    }
}
