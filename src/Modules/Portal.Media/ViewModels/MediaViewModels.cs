using Portal.Media.Services;

namespace Portal.Media.ViewModels;

public sealed class MediaListViewModel
{
    public required AttachmentPage Page { get; init; }

    /// <summary>The size limit as people read it ("25 MB").</summary>
    public required string MaxUploadSize { get; init; }

    public static string TypeName(string mediaType) => MediaFileTypes.ByMediaType(mediaType)?.Name ?? mediaType;

    public static string Size(long bytes) => FileNames.FormatSize(bytes);
}

/// <summary>The JSON answer to a successful upload.</summary>
public sealed record UploadedFile(string Id, string Url, string FileName, string MediaType, long Size);

/// <summary>The JSON answer to a refused upload (status 400).</summary>
public sealed record UploadRefusal(string Error);

/// <summary>One page of <c>GET /media/images</c>.</summary>
public sealed record ImageList(IReadOnlyList<ImageChoice> Images, int Page, int PageCount, int Total);

/// <summary>An image the user may insert; <see cref="Url"/> is what goes into <c>src</c>.</summary>
public sealed record ImageChoice(string Id, string Url, string FileName, DateTime UploadedUtc);
