using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Media.Services;
using Portal.Media.ViewModels;

namespace Portal.Media.Controllers;

/// <summary>
/// Upload for editors. Answers JSON (<c>{ id, url, fileName, mediaType, size }</c>, or 400 with
/// <c>{ error }</c>) to scripts, and to the admin page's own form (which asks for HTML) with the list
/// of files and a message.
/// </summary>
[Route("admin/media")]
[RequirePermission(MediaPermissionNames.UploadMedia)]
public sealed class MediaAdminController(IMediaService media, IOptions<MediaOptions> options) : AdminController
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(new MediaListViewModel
        {
            Page = await media.ListAsync(User, page, PageSize, cancellationToken),
            MaxUploadSize = FileNames.FormatSize(options.Value.MaxUploadBytes),
        });

    [HttpPost("")]
    [UploadLimits]
    public async Task<IActionResult> Upload(IFormFile? file, string? contentItemId, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Refused(Messages.NoFile);
        }

        UploadResult result;
        await using (var content = file.OpenReadStream())
        {
            var request = new UploadRequest(content, file.FileName, User.Identity?.Name ?? "", string.IsNullOrWhiteSpace(contentItemId) ? null : contentItemId.Trim(), file.Length);
            result = await media.UploadAsync(request, cancellationToken);
        }

        if (result.Attachment is not { } attachment)
        {
            return Refused(result.Error!);
        }

        if (UploadResponses.WantsHtml(Request))
        {
            Notify($"'{attachment.FileName}' er uploadet. Adressen er {MediaUrls.For(attachment)}");
            return RedirectToAction(nameof(Index));
        }

        return Ok(new UploadedFile(attachment.Id, MediaUrls.For(attachment), attachment.FileName, attachment.MediaType, attachment.Size));
    }

    private IActionResult Refused(string message)
    {
        if (UploadResponses.WantsHtml(Request))
        {
            Notify(message, NotificationKind.Error);
            return RedirectToAction(nameof(Index));
        }

        return BadRequest(new UploadRefusal(message));
    }
}
