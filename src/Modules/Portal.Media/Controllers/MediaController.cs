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
    /// <param name="w">For an image: the width to serve it at, one of 480, 960 and 1600 (no wider than the original).</param>
    /// <param name="v">The version in the address (<see cref="MediaUrls.For(Models.Attachment, int)"/>): when it is the file's, the browser may keep it for a year.</param>
    public async Task<IActionResult> Get(string id, int? w, string? v, CancellationToken cancellationToken)
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

        var resized = w is { } width ? await media.OpenWidthAsync(attachment, width, cancellationToken) : null;
        var etag = resized is null ? attachment.Sha256 : $"{attachment.Sha256}-{w}";
        if ((resized ?? await media.OpenReadAsync(attachment, cancellationToken)) is not { } content)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue(MediaFileTypes.ByMediaType(attachment.MediaType)?.ShowInline == true ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        // Never public: an attachment may be confidential, so no shared cache may keep it. A versioned
        // address names these very bytes, so the browser keeps them as long as it likes.
        Response.Headers.CacheControl = v is not null && v == MediaUrls.VersionOf(attachment)
            ? "private, max-age=31536000, immutable"
            : $"private, max-age={options.Value.BrowserCacheSeconds}";
        return File(
            content,
            attachment.MediaType,
            new DateTimeOffset(DateTime.SpecifyKind(attachment.UploadedUtc, DateTimeKind.Utc)),
            new EntityTagHeaderValue($"\"{etag}\""),
            enableRangeProcessing: true);
    }
}
