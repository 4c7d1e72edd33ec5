using System.Net;
using System.Text.Json;

namespace Portal.Media.Tests;

/// <summary>The images a rich-text editor offers (<c>GET /media/images</c>): what the media list would show the user, images only.</summary>
public sealed class ImageListTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    [Fact]
    public async Task An_editor_gets_their_own_images_newest_first_and_no_other_files()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var older = await editor.UploadOkAsync("plakat.png", TestFiles.Png());
        await editor.UploadOkAsync("referat.pdf", TestFiles.Pdf());
        var newer = await editor.UploadOkAsync("foto fra personaledagen.jpg", TestFiles.Jpeg());

        var list = await ImagesAsync(editor);

        // Other tests of this class upload images too.
        var mine = list.Images.Where(i => i.Id == older.Id || i.Id == newer.Id).ToList();
        Assert.Equal([newer.Url, older.Url], mine.Select(i => i.Url));
        Assert.Equal("foto fra personaledagen.jpg", mine[0].FileName);
        Assert.DoesNotContain(list.Images, i => i.FileName.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(1, list.Page);
    }

    [Fact]
    public async Task Others_see_the_images_of_items_they_may_read_but_not_of_drafts_nor_anyones_unattached_uploads()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var published = await ContentSteps.CreatePageAsync(editor, "Personaledagen", publish: true);
        var draft = await ContentSteps.CreatePageAsync(editor, "Kommende personaledag", publish: false);
        var ofPublished = await editor.UploadOkAsync("personaledag.png", TestFiles.Png(), contentItemId: published);
        var ofDraft = await editor.UploadOkAsync("udkast.png", TestFiles.Png(), contentItemId: draft);
        var unattached = await editor.UploadOkAsync("ikke-knyttet.gif", TestFiles.Gif());

        var seen = (await ImagesAsync(employee)).Images.Select(i => i.Url).ToList();

        Assert.Contains(ofPublished.Url, seen);
        Assert.DoesNotContain(ofDraft.Url, seen);
        Assert.DoesNotContain(unattached.Url, seen);
        Assert.Contains(ofDraft.Url, (await ImagesAsync(editor)).Images.Select(i => i.Url));
    }

    [Fact]
    public async Task The_list_is_paged_and_never_cached()
    {
        var admin = await factory.LoginAsync("admin");
        for (var i = 0; i < 25; i++)
        {
            await admin.UploadOkAsync($"billede-{i}.webp", TestFiles.WebP());
        }

        var first = await ImagesAsync(admin);
        var response = await admin.GetAsync("/media/images?page=2");
        var second = await ReadAsync(response);

        Assert.Equal((24, 2), (first.Images.Count, first.PageCount));
        Assert.Equal(2, second.Page);
        Assert.Contains("billede-0.webp", second.Images.Select(i => i.FileName));
        Assert.DoesNotContain("billede-0.webp", first.Images.Select(i => i.FileName));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        var response = await factory.Anonymous().GetAsync("/media/images");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
    }

    private static async Task<ImagesJson> ImagesAsync(PortalClient client) => await ReadAsync(await client.GetAsync("/media/images"));

    private static async Task<ImagesJson> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/media/images gave {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<ImagesJson>(body, JsonSerializerOptions.Web)!;
    }

    private sealed record ImagesJson(List<ImageJson> Images, int Page, int PageCount, int Total);

    private sealed record ImageJson(string Id, string Url, string FileName, DateTime UploadedUtc);
}
