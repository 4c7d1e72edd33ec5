using System.Net;
using System.Text.Json;

namespace Portal.Media.Tests;

/// <summary>The portal with a 4 KB upload limit.</summary>
public sealed class SmallUploadLimitFactory : MediaFactory
{
    protected override Dictionary<string, string?> Settings => new() { ["Portal:Media:MaxUploadBytes"] = "4096" };
}

public sealed class SizeLimitTests(SmallUploadLimitFactory factory) : IClassFixture<SmallUploadLimitFactory>
{
    [Fact]
    public async Task A_file_over_the_limit_is_refused_in_Danish_and_nothing_is_stored()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();

        var refusal = await editor.UploadRefusedAsync("plakat.png", TestFiles.Png(5000));

        Assert.Equal("Filen 'plakat.png' er for stor (4,9 KB). Filer må højst fylde 4 KB.", refusal);
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task A_request_far_over_the_limit_gets_the_same_kind_of_answer_not_an_empty_error()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var before = await factory.StoredAsync();

        var response = await editor.UploadAsync("video.png", TestFiles.Png(3 * 1024 * 1024));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Filen er for stor (3 MB). Filer må højst fylde 4 KB.", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task The_page_form_is_told_the_same_and_the_limit_is_shown_beside_the_file_picker()
    {
        var editor = await factory.LoginAsync("redaktoer");

        var small = await editor.UploadAsync("plakat.png", TestFiles.Png(5000), asBrowser: true);
        var smallPage = await editor.GetPageAsync("/admin/media");
        var large = await editor.UploadAsync("video.png", TestFiles.Png(3 * 1024 * 1024), asBrowser: true);
        var largePage = await editor.GetPageAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, small.StatusCode);
        Assert.Contains("er for stor (4,9 KB)", smallPage);
        Assert.Contains("Højst 4 KB.", smallPage);
        Assert.Equal(HttpStatusCode.Redirect, large.StatusCode);
        Assert.Contains("Filen er for stor (3 MB)", largePage);
    }

    [Fact]
    public async Task A_file_at_the_limit_is_accepted()
    {
        var editor = await factory.LoginAsync("redaktoer");

        var uploaded = await editor.UploadOkAsync("ikon.png", TestFiles.Png(4096));

        // Taken whole; stored re-encoded, as every image is.
        Assert.Equal("image/png", uploaded.MediaType);
        Assert.InRange(uploaded.Size, 1, 4096);
    }
}
