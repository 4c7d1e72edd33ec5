using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Services;

namespace Portal.Media.Tests;

public sealed class UploadTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    [Fact]
    public async Task A_PDF_is_accepted_and_served_back_byte_for_byte_with_safe_headers()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var pdf = TestFiles.Pdf();

        var uploaded = await editor.UploadOkAsync("Referat æøå.pdf", pdf);
        var response = await editor.GetAsync(uploaded.Url);

        Assert.Equal("Referat æøå.pdf", uploaded.FileName);
        Assert.Equal("application/pdf", uploaded.MediaType);
        Assert.Equal(pdf.Length, uploaded.Size);
        Assert.Equal($"/media/{uploaded.Id}/Referat%20%C3%A6%C3%B8%C3%A5.pdf", uploaded.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal("Referat æøå.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''Referat%20%C3%A6%C3%B8%C3%A5.pdf", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"", response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
        Assert.True(response.Headers.CacheControl.MaxAge > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_stored_row_and_file_describe_the_upload()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var png = TestFiles.Png(300);

        var uploaded = await editor.UploadOkAsync("Logo.png", png);
        var attachment = await factory.AttachmentAsync(uploaded.Id);

        Assert.Equal(26, attachment.Id.Length);
        Assert.Null(attachment.ContentItemId);
        Assert.Equal("image/png", attachment.MediaType);
        Assert.Equal("redaktoer", attachment.UploadedBy);
        Assert.Matches($"^\\d{{4}}/\\d{{2}}/{attachment.Id}\\.png$", attachment.StoragePath);

        // An image is stored re-encoded (without what trailed it or any metadata); the row describes the stored bytes.
        var stored = await File.ReadAllBytesAsync(Path.Combine(factory.DataPath, "media", attachment.StoragePath));
        Assert.NotEqual(png, stored);
        Assert.Equal(stored.Length, attachment.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), attachment.Sha256);
        Assert.Equal(stored, await (await editor.GetAsync(uploaded.Url)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_repeated_request_with_the_ETag_is_answered_not_modified()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var uploaded = await editor.UploadOkAsync("billede.png", TestFiles.Png());
        var first = await editor.GetAsync(uploaded.Url);

        using var again = new HttpRequestMessage(HttpMethod.Get, uploaded.Url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await editor.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Word_and_Excel_files_are_downloaded_not_shown()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var docx = await editor.UploadOkAsync("Dagsorden.docx", TestFiles.Docx("Punkt 1"));
        var xlsx = await editor.UploadOkAsync("Budget.xlsx", TestFiles.Xlsx());

        var docxResponse = await editor.GetAsync(docx.Url);
        var xlsxResponse = await editor.GetAsync(xlsx.Url);

        Assert.Equal("attachment", docxResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Dagsorden.docx", docxResponse.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", xlsxResponse.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task A_file_whose_extension_lies_is_refused_in_Danish_and_nothing_is_stored()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();

        var pngAsPdf = await editor.UploadRefusedAsync("referat.pdf", TestFiles.Png());
        var textAsDocx = await editor.UploadRefusedAsync("notat.docx", TestFiles.Text());
        var zipAsDocx = await editor.UploadRefusedAsync("bilag.docx", TestFiles.Zip());

        Assert.Equal("Filen 'referat.pdf' er ikke en PDF-fil. Indholdet er et PNG-billede; giv filen endelsen .png, eller vælg den rigtige fil.", pngAsPdf);
        Assert.StartsWith("Filen 'notat.docx' er ikke en Word-fil (DOCX).", textAsDocx);
        Assert.StartsWith("Filen 'bilag.docx' er ikke en Word-fil (DOCX).", zipAsDocx);
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task Empty_missing_and_unsupported_files_are_refused_and_nothing_is_stored()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();

        Assert.Equal("Filen 'tom.pdf' er tom.", await editor.UploadRefusedAsync("tom.pdf", []));
        Assert.StartsWith("Filen 'program.exe' kan ikke uploades. Portalen tager imod PDF", await editor.UploadRefusedAsync("program.exe", [0x4D, 0x5A, 0x90, 0x00]));
        Assert.Equal("Indholdet, som filen skulle høre til, findes ikke.", await editor.UploadRefusedAsync("referat.pdf", TestFiles.Pdf(), contentItemId: "00000000000000000000000000"));

        var token = PortalClient.TokenOf(await editor.GetPageAsync("/admin/media"));
        using var noFile = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var response = await editor.Http.PostAsync("/admin/media", noFile);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vælg en fil at uploade.", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());

        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();

        var response = await editor.UploadAsync("referat.pdf", TestFiles.Pdf(), token: "forkert");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task Text_is_extracted_from_a_PDF_and_a_Word_document()
    {
        var editor = await factory.LoginAsync("redaktoer");

        var pdf = await editor.UploadOkAsync("referat.pdf", TestFiles.Pdf("Hovedudvalget godkendte budgettet"));
        var docx = await editor.UploadOkAsync("dagsorden.docx", TestFiles.Docx("Punkt 1: Godkendelse af dagsorden", "Sagsfremstilling om trivsel på arbejdspladsen"));
        var png = await editor.UploadOkAsync("billede.png", TestFiles.Png());

        Assert.Contains("Hovedudvalget godkendte budgettet", (await factory.AttachmentAsync(pdf.Id)).ExtractedText);
        var docxText = (await factory.AttachmentAsync(docx.Id)).ExtractedText;
        Assert.Contains("Punkt 1: Godkendelse af dagsorden", docxText);
        Assert.Contains("Sagsfremstilling om trivsel på arbejdspladsen", docxText);
        Assert.Null((await factory.AttachmentAsync(png.Id)).ExtractedText);
    }

    [Fact]
    public async Task A_PDF_whose_text_cannot_be_read_is_still_uploaded()
    {
        var editor = await factory.LoginAsync("redaktoer");
        byte[] broken = [.. "%PDF-1.7\n"u8, .. TestFiles.Png(200)];

        var uploaded = await editor.UploadOkAsync("skannet.pdf", broken);

        Assert.Null((await factory.AttachmentAsync(uploaded.Id)).ExtractedText);
        Assert.Equal(broken, await (await editor.GetAsync(uploaded.Url)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_admin_page_lists_uploads_and_its_form_answers_with_a_page()
    {
        var editor = await factory.LoginAsync("redaktoer");

        var accepted = await editor.UploadAsync("Plakat til personalemødet.png", TestFiles.Png(), asBrowser: true);
        var acceptedPage = await editor.GetPageAsync("/admin/media");
        var refused = await editor.UploadAsync("plakat.pdf", TestFiles.Png(), asBrowser: true);
        var refusedPage = await editor.GetPageAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/admin/media", accepted.Headers.Location?.OriginalString);
        Assert.Contains("&#x27;Plakat til personalemødet.png&#x27; er uploadet.", acceptedPage);
        Assert.Contains(">Plakat til personalemødet.png</a>", acceptedPage);
        Assert.Contains("<label class=\"form-label\" for=\"file\">Vælg en fil</label>", acceptedPage);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("er ikke en PDF-fil", refusedPage);
        Assert.DoesNotContain("<script>", acceptedPage);
        Assert.DoesNotContain("style=", acceptedPage);
    }

    [Fact]
    public async Task The_admin_menu_offers_Filer_to_editors()
    {
        var editor = await factory.LoginAsync("redaktoer");

        Assert.Contains("href=\"/admin/media\"", await editor.GetPageAsync("/admin"));
    }

    [Fact]
    public async Task The_service_stops_reading_a_stream_that_turns_out_larger_than_allowed()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var media = scope.ServiceProvider.GetRequiredService<IMediaService>();
        var max = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value.MaxUploadBytes;
        var before = await factory.StoredAsync();

        // No announced length, as when a client streams: the limit is enforced while reading.
        var result = await media.UploadAsync(new UploadRequest(new EndlessPng(), "stor.png", "redaktoer"));

        Assert.False(result.Succeeded);
        Assert.Equal($"Filen 'stor.png' er for stor. Filer må højst fylde {(max / (1024 * 1024))} MB.", result.Error);
        Assert.Equal(before, await factory.StoredAsync());
    }

    /// <summary>A PNG that never ends.</summary>
    private sealed class EndlessPng : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var png = TestFiles.Png(8);
            for (var i = 0; i < count; i++, _position++)
            {
                buffer[offset + i] = _position < png.Length ? png[_position] : (byte)0;
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
