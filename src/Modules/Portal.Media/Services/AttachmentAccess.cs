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
/// An attachment of a content item is read like the item: its published version must exist, except
/// for those who upload files (editors see drafts), and the platform's visibility of that version
/// decides, so a closed or confidential item's files are closed and confidential too.
/// A file not yet attached to anything needs nothing more than ViewMedia.
/// </summary>
internal sealed class ContentItemAttachmentAccess(
    IContentManager contentManager,
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
        var item = await contentManager.GetAsync(contentItemId, seesDrafts ? VersionOptions.Latest : VersionOptions.Published);
        if (item is null)
        {
            return false;
        }

        return await visibility.CanReadAsync(user, item);
    }
}
