using System.Net;
using SkiaSharp;

namespace Portal.Media.Tests;

/// <summary>
/// Images are checked, stored upright without their metadata, and served at the widths pages ask
/// for; a versioned address may be kept by the browser for a year.
/// </summary>
public sealed class ImageTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    [Fact]
    public async Task A_file_that_only_looks_like_an_image_is_refused_and_nothing_is_stored()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();
        byte[] fake = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[200]];

        var refusal = await editor.UploadRefusedAsync("plakat.png", fake);

        Assert.Equal("Filen 'plakat.png' kan ikke læses som et billede.", refusal);
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task An_image_over_the_limits_is_refused_with_its_size()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();

        var refusal = await editor.UploadRefusedAsync("banner.png", TestFiles.Image(SKEncodedImageFormat.Png, 12_001, 2));

        Assert.Equal("Billedet 'banner.png' er for stort: 12001 × 2 punkter. Et billede må højst være 12.000 punkter på den længste led.", refusal);
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task A_photo_is_stored_upright_without_its_location_or_other_metadata()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var photo = TestFiles.JpegWithExif(width: 40, height: 20);
        Assert.Contains("Exif", System.Text.Encoding.Latin1.GetString(photo), StringComparison.Ordinal);

        var uploaded = await editor.UploadOkAsync("personaledag.jpg", photo);
        var stored = await (await editor.GetAsync(uploaded.Url)).Content.ReadAsByteArrayAsync();

        Assert.DoesNotContain("Exif", System.Text.Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        using var codec = SKCodec.Create(new MemoryStream(stored));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        // Turned a quarter: 40 × 20 became 20 × 40.
        Assert.Equal((20, 40), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task An_image_is_served_at_the_widths_a_page_asks_for_and_never_wider_than_it_is()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var uploaded = await editor.UploadOkAsync("foto.jpg", TestFiles.Image(SKEncodedImageFormat.Jpeg, 2000, 1000));

        foreach (var (width, expected) in new[] { (480, (480, 240)), (960, (960, 480)), (1600, (1600, 800)) })
        {
            var response = await editor.GetAsync($"{uploaded.Url}?w={width}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            using var codec = SKCodec.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
            Assert.Equal(expected, (codec.Info.Width, codec.Info.Height));
        }

        var small = await editor.UploadOkAsync("lille.png", TestFiles.Image(SKEncodedImageFormat.Png, 300, 100));
        using var original = SKCodec.Create(new MemoryStream(await (await editor.GetAsync($"{small.Url}?w=960")).Content.ReadAsByteArrayAsync()));
        Assert.Equal(300, original.Info.Width);

        // Any other width is the original.
        using var other = SKCodec.Create(new MemoryStream(await (await editor.GetAsync($"{uploaded.Url}?w=123")).Content.ReadAsByteArrayAsync()));
        Assert.Equal(2000, other.Info.Width);
    }

    [Fact]
    public async Task A_versioned_address_may_be_kept_a_year_and_an_unversioned_one_a_short_while()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var uploaded = await editor.UploadOkAsync("plakat.png", TestFiles.Image(SKEncodedImageFormat.Png, 1200, 600));
        var attachment = await factory.AttachmentAsync(uploaded.Id);

        var versioned = await editor.GetAsync(Services.MediaUrls.For(attachment, 480));
        var stale = await editor.GetAsync($"{uploaded.Url}?w=480&v=000000000000");
        var plain = await editor.GetAsync(uploaded.Url);

        Assert.Equal((true, TimeSpan.FromDays(365), true), Caching(versioned));
        Assert.Equal((true, TimeSpan.FromSeconds(600), false), Caching(stale));
        Assert.Equal((true, TimeSpan.FromSeconds(600), false), Caching(plain));
        Assert.NotEqual(versioned.Headers.ETag, plain.Headers.ETag);
        Assert.Equal(
            $"{uploaded.Url}?w=480&v={attachment.Sha256[..12]} 480w, {uploaded.Url}?w=960&v={attachment.Sha256[..12]} 960w, {uploaded.Url}?w=1600&v={attachment.Sha256[..12]} 1600w",
            Services.MediaUrls.Srcset(attachment));
    }

    /// <summary>Never for shared caches; how long; and whether the browser need never ask again.</summary>
    private static (bool Private, TimeSpan? MaxAge, bool Immutable) Caching(HttpResponseMessage response) =>
        (response.Headers.CacheControl!.Private, response.Headers.CacheControl.MaxAge, response.Headers.CacheControl.Extensions.Any(e => e.Name == "immutable"));

    [Fact]
    public async Task Resized_copies_follow_the_same_access_rules_as_the_original()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var draft = await ContentSteps.CreatePageAsync(editor, "Udkast med billede", publish: false);
        var uploaded = await editor.UploadOkAsync("udkast.png", TestFiles.Image(SKEncodedImageFormat.Png, 1200, 600), contentItemId: draft);
        var employee = await factory.LoginAsync("medarbejder");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{uploaded.Url}?w=480")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(uploaded.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync($"{uploaded.Url}?w=480")).StatusCode);
    }
}
