using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Media.Tests;

/// <summary>Files of each kind, made by the tests themselves (no binary fixtures).</summary>
public static class TestFiles
{
    public static byte[] Pdf(string text = "Referat fra Hovedudvalget")
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 12, new PdfPoint(50, 700), font);
        return builder.Build();
    }

    public static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Word.Document(new Word.Body(paragraphs.Select(p => new Word.Paragraph(new Word.Run(new Word.Text(p))))));
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Spreadsheet.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Spreadsheet.Worksheet(new Spreadsheet.SheetData());
            workbook.Workbook.AppendChild(new Spreadsheet.Sheets(new Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Ark1" }));
        }

        return stream.ToArray();
    }

    /// <summary>A real image (the portal decodes every image it takes), padded after its end to <paramref name="size"/> bytes when that is more.</summary>
    public static byte[] Png(int size = 64) => Padded(Image(SKEncodedImageFormat.Png), size);

    public static byte[] Jpeg(int size = 64) => Padded(Image(SKEncodedImageFormat.Jpeg), size);

    /// <summary>A 1 × 1 GIF: Skia reads GIFs but does not write them.</summary>
    public static byte[] Gif(int size = 64) => Padded(Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"), size);

    public static byte[] WebP(int size = 64) => Padded(Image(SKEncodedImageFormat.Webp), size);

    /// <summary>A picture of <paramref name="width"/> × <paramref name="height"/> pixels: a blue field with a white bar, so resizing has something to keep.</summary>
    public static byte[] Image(SKEncodedImageFormat format, int width = 8, int height = 8)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0, 89, 179));
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(0, 0, width, Math.Max(1, height / 4), paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG whose EXIF says the camera was turned (orientation 6: the picture is to be turned a quarter clockwise) and where it was (GPS).</summary>
    public static byte[] JpegWithExif(int width, int height)
    {
        var jpeg = Image(SKEncodedImageFormat.Jpeg, width, height);
        byte[] tiff =
        [
            .. "II"u8, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,
            // IFD0: two entries, Orientation = 6 and the GPS IFD's offset.
            0x02, 0x00,
            0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00,
            0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x26, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
            // GPS IFD at 38: GPSLatitudeRef = "N".
            0x01, 0x00,
            0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, (byte)'N', 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        byte[] payload = [.. "Exif"u8, 0x00, 0x00, .. tiff];
        var length = payload.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }

    private static byte[] Padded(byte[] image, int size) =>
        image.Length >= size ? image : [.. image, .. new byte[size - image.Length]];

    public static byte[] Text(string text = "Bare almindelig tekst.") => Encoding.UTF8.GetBytes(text);

    /// <summary>A ZIP with a text file in it: neither Word nor Excel.</summary>
    public static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notat.txt").Open());
            entry.Write("Ikke et Office-dokument.");
        }

        return stream.ToArray();
    }

}
