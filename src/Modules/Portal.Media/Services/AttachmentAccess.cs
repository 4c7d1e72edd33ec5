using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Content;
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
/// for those who upload files (editors see drafts), and the platform's resource check for reading
/// that version applies, so rules modules attach to items apply to their attachments as well.
/// A file not yet attached to anything needs nothing more than ViewMedia.
/// </summary>
internal sealed class ContentItemAttachmentAccess(
    IContentManager contentManager,
    IPermissionService permissions,
    IAuthorizationService authorization) : IAttachmentAccess
{
    /// <summary>Declared by the content module, which this module does not depend on; looked up by name, skipped when absent.</summary>
    private const string ViewContent = "ViewContent";

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

        return permissions.Find(ViewContent) is not { } viewContent || await authorization.AuthorizeAsync(user, viewContent, item);
    }
}
