using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Portal.Web.Tests.Communication.CommunicationSteps;

namespace Portal.Web.Tests.Communication;

/// <summary>
/// An editor writes stories with a main image in the content admin; employees read them in lists by
/// area, profession and tag, on their pages and in the API, and never before they are published.
/// </summary>
public abstract partial class StoryTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task A_story_is_published_only_with_an_image_and_its_alternative_text()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var image = await UploadImageAsync(editor, "uden-alt.jpg");

        var withoutAlt = await CreateStoryAsync(editor, "Historie uden alternativ tekst", image, alt: "", publish: true);
        var withoutImage = await CreateStoryAsync(editor, "Historie uden billede", image: "", alt: "Et billede", publish: true);

        foreach (var response in new[] { withoutAlt, withoutImage })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("En historie skal have et hovedbillede med en alternativ tekst, før den kan udgives.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var admin = await editor.GetPageAsync("/admin/contents");
        Assert.DoesNotContain("Historie uden alternativ tekst", admin, StringComparison.Ordinal);
        Assert.DoesNotContain("Historie uden billede", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_story_and_its_image_stay_hidden_from_employees_until_published()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var image = await UploadImageAsync(editor, "kladde.jpg");
        var created = await CreateStoryAsync(editor, "Hemmelig kladde om elever", image, "Elever på plejecenter", publish: false);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;

        Assert.DoesNotContain("Hemmelig kladde om elever", await employee.GetPageAsync("/stories"), StringComparison.Ordinal);
        Assert.DoesNotContain("Hemmelig kladde om elever", await employee.GetPageAsync("/api/stories"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/stories/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync($"/media/{image}/kladde.jpg?w=480")).StatusCode);

        var stamp = await ContentSteps.StampAsync(editor, id);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", new() { ["concurrencyStamp"] = stamp })).StatusCode);

        var page = await employee.GetPageAsync($"/stories/{id}");
        Assert.Contains("Hemmelig kladde om elever", page, StringComparison.Ordinal);
        Assert.Matches($"srcset=\"/media/{image}/kladde.jpg\\?w=480&amp;v=[0-9a-f]{{12}} 480w, ", page);
        Assert.Contains("alt=\"Elever på plejecenter\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync($"/media/{image}/kladde.jpg?w=480")).StatusCode);
    }

    [Fact]
    public async Task Lists_filter_by_area_profession_and_tag_and_page_through_the_rest()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var area = await CreateAreaAsync(editor, $"Område {Guid.NewGuid():n}"[..20]);
        var image = await UploadImageAsync(editor, "liste.jpg");
        for (var i = 1; i <= 13; i++)
        {
            var response = await CreateStoryAsync(editor, $"Listehistorie {i:00}", image, "Billede", publish: true, area: area, profession: i % 2 == 0 ? "Sygeplejerske" : "Pædagog", tags: i == 7 ? "elever, Praktik" : "hverdag");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var first = await employee.GetJsonAsync($"/api/stories?area={area}");
        Assert.Equal(13, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(12, first.GetProperty("stories").GetArrayLength());
        Assert.Equal("Listehistorie 13", first.GetProperty("stories")[0].GetProperty("title").GetString());
        Assert.Matches("^/media/[0-9a-z]{26}/liste\\.jpg\\?w=960&v=[0-9a-f]{12}$", first.GetProperty("stories")[0].GetProperty("imageUrl").GetString()!);
        var second = await employee.GetJsonAsync($"/api/stories?area={area}&page=2");
        Assert.Equal("Listehistorie 01", Assert.Single(second.GetProperty("stories").EnumerateArray()).GetProperty("title").GetString());

        var tagged = await employee.GetJsonAsync($"/api/stories?area={area}&tag=praktik");
        Assert.Equal("Listehistorie 07", Assert.Single(tagged.GetProperty("stories").EnumerateArray()).GetProperty("title").GetString());

        var nurses = await employee.GetPageAsync($"/stories?area={area}&profession=Sygeplejerske");
        Assert.Contains("6 historier", nurses, StringComparison.Ordinal);
        Assert.DoesNotContain("Listehistorie 07", nurses, StringComparison.Ordinal);

        var areaPage = await employee.GetPageAsync($"/stories/areas/{area}?page=2");
        Assert.Contains("Side 2 af 2", areaPage, StringComparison.Ordinal);
        Assert.Contains("Listehistorie 01", areaPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", 400, "Siden '0' er ugyldig")]
    [InlineData("page=abc", 400, "Siden 'abc' er ugyldig")]
    [InlineData("page=99", 400, "findes ikke")]
    [InlineData("area=01aaaaaaaaaaaaaaaaaaaaaaaa", 404, "Området '01aaaaaaaaaaaaaaaaaaaaaaaa' findes ikke.")]
    public async Task Bad_api_queries_are_problems_in_Danish(string query, int status, string detail)
    {
        var employee = await factory.LoginAsync("medarbejder");
        var editor = await factory.LoginAsync("redaktoer");
        await CreateStoryAsync(editor, "En historie, så der er en side", await UploadImageAsync(editor, "side.jpg"), "Billede", publish: true);

        var response = await employee.GetAsync($"/api/stories?{query}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> CreateStoryAsync(PortalClient editor, string title, string image, string alt, bool publish, string? area = null, string profession = "", string tags = "") =>
        editor.PostFormAsync("/admin/contents/create/Story", "/admin/contents/create/Story", new()
        {
            ["TitlePart.Title"] = title,
            ["StoryPart.Lead"] = "En kort indledning.",
            ["StoryPart.Body"] = "<p>Historien.</p>",
            ["StoryPart.ImageId"] = image,
            ["StoryPart.ImageAlt"] = alt,
            ["StoryPart.AreaId"] = area ?? "",
            ["StoryPart.Profession"] = profession,
            ["StoryPart.Tags"] = tags,
            ["StoryPart.Channels"] = "Intranet",
            ["submit"] = publish ? "publish" : "save",
        });

    [GeneratedRegex("/admin/contents/([0-9a-z]{26})/edit")]
    private static partial Regex EditId();
}

public sealed class SqliteStoryTests(PortalFactory factory) : StoryTests<PortalFactory>(factory);

public sealed class PostgresStoryTests(PostgresPortalFactory factory) : StoryTests<PostgresPortalFactory>(factory);
