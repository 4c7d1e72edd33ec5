using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Core.Security;
using Portal.Media.Services;

namespace Portal.Media.Controllers;

/// <summary>Serves attachments to those who may read them.</summary>
[RequirePermission(MediaPermissionNames.ViewMedia)]
public sealed class MediaController(IMediaService media, IEnumerable<IAttachmentAccess> access, IOptions<MediaOptions> options) : Controller
{
    /// <summary>The name segment is for people and for "save as"; the id alone decides the file.</summary>
    [HttpGet("media/{id}/{fileName?}")]
    public async Task<IActionResult> Get(string id, CancellationToken cancellationToken)
    {
        if (await media.FindAsync(id, cancellationToken) is not { } attachment)
        {
            return NotFound();
        }

        foreach (var rule in access)
        {
            if (!await rule.CanReadAsync(User, attachment))
            {
                return Forbid();
            }
        }

        if (await media.OpenReadAsync(attachment, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue(MediaFileTypes.ByMediaType(attachment.MediaType)?.ShowInline == true ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        // Never public: an attachment may be confidential, so no shared cache may keep it.
        Response.Headers.CacheControl = $"private, max-age={options.Value.BrowserCacheSeconds}";
        return File(
            content,
            attachment.MediaType,
            new DateTimeOffset(DateTime.SpecifyKind(attachment.UploadedUtc, DateTimeKind.Utc)),
            new EntityTagHeaderValue($"\"{attachment.Sha256}\""),
            enableRangeProcessing: true);
    }
}
