using System.Security.Claims;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>
/// May this user read this attachment? Asked for every attachment served, on top of the ViewMedia
/// permission; every registered implementation must agree. Modules add stricter rules (closed
/// agenda items, confidential material) by registering one.
/// </summary>
public interface IAttachmentAccess
{
    Task<bool> CanReadAsync(ClaimsPrincipal user, Attachment attachment);
}

/// <summary>
/// An attachment of a content item is read like the item: the user must be able to read its published
/// version in full (or, for those who upload files, its latest), as the platform's visibility says,
/// so the files of a closed, confidential, draft or not yet published item are closed too.
/// A file not yet attached to anything needs nothing more than ViewMedia.
/// </summary>
internal sealed class ContentItemAttachmentAccess(
    IPermissionService permissions,
    IContentVisibility visibility) : IAttachmentAccess
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, Attachment attachment)
    {
        if (attachment.ContentItemId is not { } contentItemId)
        {
            return true;
        }

        var seesDrafts = await permissions.HasAsync(user, Permissions.UploadMedia);
        return await visibility.ReadAsync(user, contentItemId) is not null
            || (seesDrafts && await visibility.ReadAsync(user, contentItemId, VersionOptions.Latest) is not null);
    }
}
