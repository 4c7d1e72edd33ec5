using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content.Indexing;

/// <summary>
/// Keeps a module's index table in step with content versions. Called for every version the
/// content manager writes, in the same transaction.
/// </summary>
public interface IContentIndexProvider
{
    Task UpdateAsync(ContentItem version, PortalDbContext db);

    /// <summary>
    /// Why a unique index on <paramref name="table"/> refused <paramref name="version"/>'s row, in
    /// Danish for the editor; null when the table is not this provider's or the version not the cause.
    /// </summary>
    string? DescribeRefusal(ContentItem version, string table, PortalDbContext db) => null;
}

/// <summary>The columns every content index row carries.</summary>
public abstract class ContentIndexRow
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }
}

/// <summary>One row per version, or none when <see cref="Map"/> returns null.</summary>
public abstract class ContentIndexProvider<TIndex> : IContentIndexProvider
    where TIndex : ContentIndexRow
{
    public async Task UpdateAsync(ContentItem version, PortalDbContext db)
    {
        var set = db.Set<TIndex>();
        var existing = await set.FirstOrDefaultAsync(r => r.ContentItemVersionId == version.ContentItemVersionId);
        var mapped = Map(version);
        if (mapped is null)
        {
            if (existing is not null)
            {
                set.Remove(existing);
            }

            return;
        }

        mapped.ContentItemId = version.ContentItemId;
        mapped.ContentItemVersionId = version.ContentItemVersionId;
        mapped.Latest = version.Latest;
        mapped.Published = version.Published;
        if (existing is null)
        {
            set.Add(mapped);
        }
        else
        {
            mapped.Id = existing.Id;
            db.Entry(existing).CurrentValues.SetValues(mapped);
        }
    }

    public string? DescribeRefusal(ContentItem version, string table, PortalDbContext db) =>
        db.Model.FindEntityType(typeof(TIndex))?.GetTableName() == table ? Refused(version) : null;

    protected abstract TIndex? Map(ContentItem version);

    /// <summary>Why the table's unique index refuses the version's row; the default knows of no reason.</summary>
    protected virtual string? Refused(ContentItem version) => null;
}

/// <summary>Any number of rows per version (e.g. one per committee member), replaced on every write.</summary>
public abstract class ContentMultiIndexProvider<TIndex> : IContentIndexProvider
    where TIndex : ContentIndexRow
{
    public async Task UpdateAsync(ContentItem version, PortalDbContext db)
    {
        var set = db.Set<TIndex>();
        if (version.Id != 0)
        {
            set.RemoveRange(await set.Where(r => r.ContentItemVersionId == version.ContentItemVersionId).ToListAsync());
        }

        foreach (var row in Map(version))
        {
            row.ContentItemId = version.ContentItemId;
            row.ContentItemVersionId = version.ContentItemVersionId;
            row.Latest = version.Latest;
            row.Published = version.Published;
            set.Add(row);
        }
    }

    protected abstract IEnumerable<TIndex> Map(ContentItem version);
}
