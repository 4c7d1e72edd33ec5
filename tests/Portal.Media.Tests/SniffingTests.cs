using Portal.Media.Services;

namespace Portal.Media.Tests;

/// <summary>The type comes from the bytes; a name that disagrees is refused in Danish.</summary>
public sealed class SniffingTests
{
    public static TheoryData<string, string> EachSupportedType() => new()
    {
        { "referat.pdf", "application/pdf" },
        { "notat.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "billede.png", "image/png" },
        { "foto.jpg", "image/jpeg" },
        { "foto.JPEG", "image/jpeg" },
        { "animation.gif", "image/gif" },
        { "billede.webp", "image/webp" },
    };

    private static byte[] FileFor(string mediaType) => mediaType switch
    {
        "application/pdf" => TestFiles.Pdf(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => TestFiles.Docx("Tekst"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => TestFiles.Xlsx(),
        "image/png" => TestFiles.Png(),
        "image/jpeg" => TestFiles.Jpeg(),
        "image/gif" => TestFiles.Gif(),
        "image/webp" => TestFiles.WebP(),
        _ => throw new ArgumentOutOfRangeException(nameof(mediaType)),
    };

    [Theory]
    [MemberData(nameof(EachSupportedType))]
    public void Each_supported_type_is_recognised_and_accepted_under_its_own_name(string fileName, string mediaType)
    {
        using var content = new MemoryStream(FileFor(mediaType));

        var sniffed = FileTypeSniffer.Sniff(content);

        Assert.Equal(mediaType, sniffed?.MediaType);
        Assert.Null(FileTypeSniffer.CheckName(fileName, sniffed));
        Assert.Equal(0, content.Position);
    }

    [Fact]
    public void A_PNG_renamed_to_pdf_is_refused()
    {
        var sniffed = FileTypeSniffer.Sniff(new MemoryStream(TestFiles.Png()));

        var refusal = FileTypeSniffer.CheckName("referat.pdf", sniffed);

        Assert.Equal("Filen 'referat.pdf' er ikke en PDF-fil. Indholdet er et PNG-billede; giv filen endelsen .png, eller vælg den rigtige fil.", refusal);
    }

    [Fact]
    public void A_text_file_renamed_to_docx_is_refused()
    {
        var sniffed = FileTypeSniffer.Sniff(new MemoryStream(TestFiles.Text()));

        var refusal = FileTypeSniffer.CheckName("notat.docx", sniffed);

        Assert.Null(sniffed);
        Assert.StartsWith("Filen 'notat.docx' er ikke en Word-fil (DOCX).", refusal);
    }

    [Fact]
    public void A_zip_that_is_not_an_Office_document_is_refused_whatever_it_is_called()
    {
        var sniffed = FileTypeSniffer.Sniff(new MemoryStream(TestFiles.Zip()));

        Assert.Null(sniffed);
        Assert.StartsWith("Filen 'notat.docx' er ikke en Word-fil (DOCX).", FileTypeSniffer.CheckName("notat.docx", sniffed));
        Assert.StartsWith("Filen 'arkiv.zip' kan ikke uploades.", FileTypeSniffer.CheckName("arkiv.zip", sniffed));
    }

    [Fact]
    public void A_Word_document_renamed_to_xlsx_is_refused()
    {
        var sniffed = FileTypeSniffer.Sniff(new MemoryStream(TestFiles.Docx("Tekst")));

        Assert.StartsWith("Filen 'budget.xlsx' er ikke en Excel-fil (XLSX). Indholdet er en Word-fil (DOCX)", FileTypeSniffer.CheckName("budget.xlsx", sniffed));
    }

    [Fact]
    public void A_known_type_under_a_foreign_or_missing_extension_is_refused()
    {
        var sniffed = FileTypeSniffer.Sniff(new MemoryStream(TestFiles.Pdf()));

        Assert.Equal("Filen 'referat.exe' har ikke en endelse, der passer til indholdet, som er en PDF-fil. Giv filen endelsen .pdf, og prøv igen.", FileTypeSniffer.CheckName("referat.exe", sniffed));
        Assert.NotNull(FileTypeSniffer.CheckName("referat", sniffed));
    }

    [Fact]
    public void Truncated_and_broken_files_are_not_recognised()
    {
        Assert.Null(FileTypeSniffer.Sniff(new MemoryStream([0xFF, 0xD8])));
        Assert.Null(FileTypeSniffer.Sniff(new MemoryStream("PK\x03\x04 ikke en zip"u8.ToArray())));
        Assert.Null(FileTypeSniffer.Sniff(new MemoryStream("RIFF\0\0\0\0WAVE"u8.ToArray())));
        Assert.Null(FileTypeSniffer.Sniff(new MemoryStream([])));
    }

    [Theory]
    [InlineData(@"C:\Users\hanne\Documents\Referat.pdf", "Referat.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("  Møde\t referat  .pdf", "Møde referat.pdf")]
    [InlineData("Bilag \"1\": <udkast>?.docx", "Bilag 1 udkast.docx")]
    [InlineData(".pdf", "fil.pdf")]
    [InlineData("", "fil")]
    public void File_names_are_cleaned_for_display(string uploaded, string shown)
    {
        Assert.Equal(shown, FileNames.Sanitize(uploaded));
    }

    [Fact]
    public void Decomposed_letters_from_macOS_are_composed_and_long_names_keep_their_extension()
    {
        Assert.Equal("Årsrapport.pdf", FileNames.Sanitize("A\u030Arsrapport.pdf"));

        var longName = FileNames.Sanitize(new string('x', 500) + ".docx");

        Assert.Equal(200, longName.Length);
        Assert.EndsWith(".docx", longName);
    }
}
