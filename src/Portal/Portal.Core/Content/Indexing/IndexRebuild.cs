using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content.Indexing;

/// <summary>
/// Writes a module's index rows again for every version of a content type: the data step of a
/// migration that adds an index column, so the content that already exists gets its value too.
/// Runs in the step's transaction, with only the module's own index providers (another module's
/// tables may not be migrated yet).
/// </summary>
internal sealed class IndexRebuild(PortalDbContext db, IReadOnlyList<IContentIndexProvider> providers)
{
    private const int BatchSize = 500;

    /// <summary>How many versions were indexed again.</summary>
    public async Task<int> RebuildAsync(string contentType)
    {
        var count = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.ContentItems.AsNoTracking()
                .Where(c => c.ContentType == contentType && c.Id > after)
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync();
            if (batch.Count == 0)
            {
                return count;
            }

            foreach (var version in batch)
            {
                foreach (var provider in providers)
                {
                    await provider.UpdateAsync(version, db);
                }
            }

            await db.SaveChangesAsync();

            // Only the rows written here are let go: the migrator tracks its version record in the same context.
            foreach (var entry in db.ChangeTracker.Entries<ContentIndexRow>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            after = batch[^1].Id;
            count += batch.Count;
        }
    }
}
