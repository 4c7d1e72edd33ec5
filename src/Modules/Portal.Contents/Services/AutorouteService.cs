using Microsoft.EntityFrameworkCore;
using Portal.Contents.Indexes;
using Portal.Core.Data;

namespace Portal.Contents.Services;

public sealed class AutorouteService(PortalDbContext db)
{
    /// <summary>Whether another item's latest or published version has the address.</summary>
    public Task<bool> IsTakenAsync(string path, string contentItemId) =>
        db.Set<AutorouteIndex>().AnyAsync(r => r.Path == path && r.ContentItemId != contentItemId && (r.Latest || r.Published));

    public Task<string?> FindPublishedAsync(string path) =>
        db.Set<AutorouteIndex>().AsNoTracking()
            .Where(r => r.PublishedPath == path)
            .Select(r => r.ContentItemId)
            .FirstOrDefaultAsync();
}
