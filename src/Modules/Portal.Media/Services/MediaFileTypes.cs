using System.IO.Compression;

namespace Portal.Media.Services;

/// <summary>A kind of file the portal takes. <see cref="Name"/> is Danish, as users see it.</summary>
public sealed record MediaFileType(string MediaType, string Name, string Article, IReadOnlyList<string> Extensions, bool ShowInline)
{
    /// <summary>"en PDF-fil", "et PNG-billede".</summary>
    public string WithArticle => $"{Article} {Name}";
}

public static class MediaFileTypes
{
    public static readonly MediaFileType Pdf = new("application/pdf", "PDF-fil", "en", [".pdf"], ShowInline: true);
    public static readonly MediaFileType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-fil (DOCX)", "en", [".docx"], ShowInline: false);
    public static readonly MediaFileType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-fil (XLSX)", "en", [".xlsx"], ShowInline: false);
    public static readonly MediaFileType Png = new("image/png", "PNG-billede", "et", [".png"], ShowInline: true);
    public static readonly MediaFileType Jpeg = new("image/jpeg", "JPEG-billede", "et", [".jpg", ".jpeg"], ShowInline: true);
    public static readonly MediaFileType Gif = new("image/gif", "GIF-billede", "et", [".gif"], ShowInline: true);
    public static readonly MediaFileType WebP = new("image/webp", "WebP-billede", "et", [".webp"], ShowInline: true);

    public static IReadOnlyList<MediaFileType> All { get; } = [Pdf, Docx, Xlsx, Png, Jpeg, Gif, WebP];

    /// <summary>The types a page can show as an image.</summary>
    public static IReadOnlyList<MediaFileType> Images { get; } = [Png, Jpeg, Gif, WebP];

    /// <summary>For the file picker's <c>accept</c>: a hint only, the content decides.</summary>
    public static string AcceptedExtensions { get; } = string.Join(",", All.SelectMany(t => t.Extensions));

    public const string AcceptedDescription = "PDF, Word (DOCX), Excel (XLSX) og billeder (PNG, JPEG, GIF og WebP)";

    public static MediaFileType? ByExtension(string extension) =>
        All.FirstOrDefault(t => t.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

    public static MediaFileType? ByMediaType(string mediaType) =>
        All.FirstOrDefault(t => string.Equals(t.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Decides a file's type from its bytes, and whether its name agrees.</summary>
internal static class FileTypeSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>The type of the content, or null when it is none the portal takes. The stream must be seekable; it is left at its start.</summary>
    public static MediaFileType? Sniff(Stream content)
    {
        Span<byte> buffer = stackalloc byte[12];
        content.Position = 0;
        var head = buffer[..content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
        content.Position = 0;

        if (head.StartsWith("%PDF-"u8))
        {
            return MediaFileTypes.Pdf;
        }

        if (head.StartsWith(PngSignature))
        {
            return MediaFileTypes.Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return MediaFileTypes.Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return MediaFileTypes.Gif;
        }

        if (head.Length == 12 && head.StartsWith("RIFF"u8) && head[8..].SequenceEqual("WEBP"u8))
        {
            return MediaFileTypes.WebP;
        }

        return head.StartsWith("PK\x03\x04"u8) ? SniffOfficeDocument(content) : null;
    }

    /// <summary>
    /// DOCX and XLSX are ZIP packages; only the central directory is read (nothing is unpacked), so a
    /// ZIP bomb costs nothing here.
    /// </summary>
    private static MediaFileType? SniffOfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? MediaFileTypes.Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? MediaFileTypes.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The Danish reason to refuse a file whose name and content disagree, or null when they agree.</summary>
    public static string? CheckName(string fileName, MediaFileType? sniffed)
    {
        var claimed = MediaFileTypes.ByExtension(Path.GetExtension(fileName));
        if (sniffed is null)
        {
            return claimed is null
                ? $"Filen '{fileName}' kan ikke uploades. Portalen tager imod {MediaFileTypes.AcceptedDescription}."
                : $"Filen '{fileName}' er ikke {claimed.WithArticle}. Den kan være beskadiget eller gemt i et andet format; gem den som {claimed.Name}, og prøv igen.";
        }

        if (ReferenceEquals(claimed, sniffed))
        {
            return null;
        }

        return claimed is null
            ? $"Filen '{fileName}' har ikke en endelse, der passer til indholdet, som er {sniffed.WithArticle}. Giv filen endelsen {sniffed.Extensions[0]}, og prøv igen."
            : $"Filen '{fileName}' er ikke {claimed.WithArticle}. Indholdet er {sniffed.WithArticle}; giv filen endelsen {sniffed.Extensions[0]}, eller vælg den rigtige fil.";
    }
}
