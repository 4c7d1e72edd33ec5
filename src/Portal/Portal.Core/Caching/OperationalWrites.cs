using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Caching;

/// <summary>
/// Saves of rows that no reader page shows: a node's progress, a queue's bookkeeping. Any other
/// committed save empties the readers' page caches on every node (<see cref="ReadCacheInvalidator"/>);
/// a background service that records its own state with an ordinary save would empty them each
/// time it starts or moves on, while nothing a reader sees has changed.
/// </summary>
public static class OperationalWrites
{
    /// <summary>
    /// Saves the tracked changes, leaving the readers' caches alone. Only for changes to rows no
    /// reader page or reader key is made from; content, memberships and settings use SaveChanges.
    /// </summary>
    public static async Task<int> SaveOperationalChangesAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged && e.Entity is ContentItem or Portal.Core.Content.Visibility.ContentReader))
        {
            throw new InvalidOperationException("Content is saved with SaveChanges, so that readers' caches hear of it; SaveOperationalChangesAsync is for bookkeeping only.");
        }

        db.SavingOperationalRows = true;
        try
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.SavingOperationalRows = false;
        }
    }
}
