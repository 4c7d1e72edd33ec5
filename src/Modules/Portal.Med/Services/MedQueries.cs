using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

/// <summary>The read side of the module: index rows, never documents, unless a page shows one.</summary>
public sealed class MedQueries(PortalDbContext db)
{
    public Task<List<CommitteeIndex>> CommitteesAsync() =>
        db.Set<CommitteeIndex>().AsNoTracking().Where(c => c.Published).OrderBy(c => c.Name).ToListAsync();
}
