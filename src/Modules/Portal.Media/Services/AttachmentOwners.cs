using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>
/// Which content item a file belongs to. Apart from <see cref="IMediaService"/> so that content
/// handlers can attach files as their item is saved (the media service itself needs the content manager).
/// </summary>
public sealed class AttachmentOwners(PortalDbContext db)
{
    /// <summary>Makes the attachment belong to a content item, whose access rules it then follows. False when the attachment does not exist.</summary>
    public async Task<bool> AttachAsync(string attachmentId, string contentItemId, CancellationToken cancellationToken = default) =>
        await db.Set<Attachment>()
            .Where(a => a.Id == attachmentId)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.ContentItemId, contentItemId), cancellationToken) == 1;
}
