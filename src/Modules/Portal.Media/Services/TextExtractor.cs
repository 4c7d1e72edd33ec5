using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Portal.Media.Services;

/// <summary>Text of PDF and Word files, for search. A file whose text cannot be read is still a good upload.</summary>
internal sealed class TextExtractor(ILogger<TextExtractor> logger)
{
    /// <summary>About 1 MB of text; more than any search needs from one attachment.</summary>
    public const int MaxLength = 1_000_000;

    public static bool CanExtract(MediaFileType type) => type == MediaFileTypes.Pdf || type == MediaFileTypes.Docx;

    public string? Extract(string file, MediaFileType type, string fileName)
    {
        if (!CanExtract(type))
        {
            return null;
        }

        var text = new StringBuilder();
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
            if (type == MediaFileTypes.Pdf)
            {
                ReadPdf(stream, text);
            }
            else
            {
                ReadDocx(stream, text);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "No text could be read from {FileName} ({MediaType}); it is stored without text", fileName, type.MediaType);
            return null;
        }

        var result = (text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString()).Trim();
        return result.Length == 0 ? null : result;
    }

    private static void ReadPdf(Stream stream, StringBuilder text)
    {
        using var pdf = PdfDocument.Open(stream);
        foreach (var page in pdf.GetPages())
        {
            text.AppendLine(ContentOrderTextExtractor.GetText(page));
            if (text.Length >= MaxLength)
            {
                return;
            }
        }
    }

    /// <summary>Reads the document as a stream of elements, so a huge document is not built in memory.</summary>
    private static void ReadDocx(Stream stream, StringBuilder text)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        if (document.MainDocumentPart is not { } main)
        {
            return;
        }

        using var reader = OpenXmlReader.Create(main);
        while (text.Length < MaxLength && reader.Read())
        {
            if (reader.ElementType == typeof(Text) && reader.IsStartElement)
            {
                text.Append(reader.GetText());
            }
            else if (reader.ElementType == typeof(TabChar) && reader.IsStartElement)
            {
                text.Append('\t');
            }
            else if ((reader.ElementType == typeof(Break) && reader.IsStartElement) || (reader.ElementType == typeof(Paragraph) && reader.IsEndElement))
            {
                text.AppendLine();
            }
        }
    }
}
