using Microsoft.AspNetCore.Mvc;
using Portal.Core.Security;
using Portal.Media.Services;
using Portal.Media.ViewModels;

namespace Portal.Media.Controllers;

/// <summary>
/// The images a rich-text editor offers to insert, as JSON: the images among the files the media
/// list would show the user (files of items they may read and their own unattached uploads), so
/// secretaries who may not open the media administration still pick from what they may see.
/// </summary>
[RequirePermission(MediaPermissionNames.ViewMedia)]
public sealed class MediaImagesController(IMediaService media) : Controller
{
    private const int PageSize = 24;

    [HttpGet("media/images")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var list = await media.ListImagesAsync(User, page, PageSize, cancellationToken);
        // The list depends on who asks and changes with every upload.
        Response.Headers.CacheControl = "no-store";
        return Ok(new ImageList(
            [.. list.Rows.Select(r => new ImageChoice(r.Id, r.Url, r.FileName, r.UploadedUtc))],
            list.Page,
            list.PageCount,
            list.Total));
    }
}
