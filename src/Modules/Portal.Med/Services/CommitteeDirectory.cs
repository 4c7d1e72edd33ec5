using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

/// <summary>
/// The names of the published committees, which nearly every MED page shows, kept in memory and
/// dropped whenever a committee changes.
/// </summary>
public sealed class CommitteeDirectory
{
    private volatile IReadOnlyDictionary<string, string>? _names;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(PortalDbContext db) =>
        _names ??= await db.Set<CommitteeIndex>().AsNoTracking().Where(c => c.Published).ToDictionaryAsync(c => c.ContentItemId, c => c.Name);

    public void Invalidate() => _names = null;
}

internal sealed class CommitteeDirectoryInvalidation(CommitteeDirectory directory) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => Invalidate(context);

    public Task UnpublishedAsync(ContentContext context) => Invalidate(context);

    public Task RemovedAsync(ContentContext context) => Invalidate(context);

    public Task UpdatedAsync(ContentContext context) => Invalidate(context);

    private Task Invalidate(ContentContext context)
    {
        if (context.ContentItem.ContentType == MedTypes.Committee)
        {
            directory.Invalidate();
        }

        return Task.CompletedTask;
    }
}
