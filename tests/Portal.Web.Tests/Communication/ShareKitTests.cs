using System.Net;
using System.Text.RegularExpressions;
using static Portal.Web.Tests.Communication.CommunicationSteps;

namespace Portal.Web.Tests.Communication;

/// <summary>
/// A story's share kit: a text per channel, kept within the channel's limit (a longer one is refused
/// and nothing is saved), shown with the story's absolute link to editors only; and the Open Graph
/// tags a shared link is previewed from, with absolute addresses.
/// </summary>
public abstract class ShareKitTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CommunicationFactory
{
    [Fact]
    public async Task A_share_text_over_its_channels_limit_is_refused_and_nothing_is_saved()
    {
        var editor = await factory.SignInAsync("redaktoer");
        var image = await UploadImageAsync(editor, "deling.jpg");
        var texts = new Dictionary<string, string> { ["SocialMedia"] = "Tre elever blev efter praktikken. Læs hvorfor!" };
        var fields = StoryFields("Historien, der deles", image, channels: "SocialMedia,Intranet", shareTexts: texts);
        var id = await PublishStoryAsync(editor, fields);

        var tooLong = new string('a', 281);
        var refused = await EditStoryAsync(editor, id, StoryFields("Historien, der deles (rettet)", image, channels: "SocialMedia,Intranet", shareTexts: new Dictionary<string, string> { ["SocialMedia"] = tooLong }), publish: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Delingsteksten til sociale medier må højst være 280 tegn. Den er 281 tegn.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var kit = WebUtility.HtmlDecode(await editor.GetPageAsync($"/stories/{id}/share"));
        Assert.Contains("Tre elever blev efter praktikken. Læs hvorfor!", kit, StringComparison.Ordinal);
        Assert.DoesNotContain(tooLong, kit, StringComparison.Ordinal);
        Assert.DoesNotContain("(rettet)", await editor.GetPageAsync($"/admin/contents/{id}/edit"), StringComparison.Ordinal);

        // Exactly the limit is saved; a line break counts as one character, as the counter counts it.
        var atLimit = new string('b', 139) + "\r\n" + new string('c', 140);
        var saved = await EditStoryAsync(editor, id, StoryFields("Historien, der deles", image, channels: "SocialMedia,Intranet", shareTexts: new Dictionary<string, string> { ["SocialMedia"] = atLimit, ["Intranet"] = "Til kollegerne." }), publish: true);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        kit = WebUtility.HtmlDecode(await editor.GetPageAsync($"/stories/{id}/share"));
        Assert.Contains(new string('b', 139) + "\n" + new string('c', 140), kit, StringComparison.Ordinal);
        Assert.Contains("280 af 280 tegn", kit, StringComparison.Ordinal);
        Assert.Contains("Højst 280 tegn.", kit, StringComparison.Ordinal);
        Assert.Contains("Højst 500 tegn.", kit, StringComparison.Ordinal);
        Assert.Contains("15 af 500 tegn", kit, StringComparison.Ordinal);
        Assert.Contains($"value=\"https://localhost/stories/{id}\"", kit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_share_kit_is_for_editors_only()
    {
        var editor = await factory.SignInAsync("redaktoer");
        var employee = await factory.SignInAsync("medarbejder");
        var id = await PublishStoryAsync(editor, StoryFields("Historie med delingskit", await UploadImageAsync(editor, "kit.jpg")));

        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync($"/stories/{id}/share")).StatusCode);
        Assert.DoesNotContain($"/stories/{id}/share", await employee.GetPageAsync($"/stories/{id}"), StringComparison.Ordinal);
        Assert.Contains($"/stories/{id}/share", await editor.GetPageAsync($"/stories/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/stories/01aaaaaaaaaaaaaaaaaaaaaaaa/share")).StatusCode);
    }

    [Fact]
    public async Task A_story_page_has_open_graph_tags_with_absolute_addresses()
    {
        var editor = await factory.SignInAsync("redaktoer");
        var employee = await factory.SignInAsync("medarbejder");
        var image = await UploadImageAsync(editor, "og-billede.jpg");
        var id = await PublishStoryAsync(editor, StoryFields("Historien med et preview", image, alt: "Elever foran plejecentret", lead: "Tre elever & én praktikvejleder."));

        var page = await employee.GetPageAsync($"/stories/{id}");

        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("Historien med et preview", Meta(page, "og:title"));
        Assert.Equal("Tre elever & én praktikvejleder.", Meta(page, "og:description"));
        Assert.Equal($"https://localhost/stories/{id}", Meta(page, "og:url"));
        Assert.Matches($"^https://localhost/media/{image}/og-billede\\.jpg\\?w=1600&v=[0-9a-f]{{12}}$", Meta(page, "og:image"));
        Assert.Equal("Elever foran plejecentret", Meta(page, "og:image:alt"));
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync(new Uri(Meta(page, "og:image")).PathAndQuery)).StatusCode);
    }

    private static string Meta(string page, string property)
    {
        var match = Regex.Match(page, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"");
        Assert.True(match.Success, $"The page has no {property}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}

public sealed class SqliteShareKitTests(CommunicationFactory factory) : ShareKitTests<CommunicationFactory>(factory);

public sealed class PostgresShareKitTests(PostgresCommunicationFactory factory) : ShareKitTests<PostgresCommunicationFactory>(factory);
