using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using static Portal.Web.Tests.Communication.CommunicationSteps;

namespace Portal.Web.Tests.Communication;

/// <summary>
/// The stories' Atom feed: published stories only, newest first, all or an area's, and only what the
/// reader may see; the story list points to it.
/// </summary>
public abstract class StoryFeedTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CommunicationFactory
{
    [Fact]
    public async Task The_feed_lists_an_areas_published_stories_newest_first_and_only_what_the_reader_may_see()
    {
        var suffix = Guid.NewGuid().ToString("n")[..6];
        await factory.SetNowAsync(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var editor = await factory.SignInAsync("redaktoer");
        var area = await CreateAreaAsync(editor, $"Feedområde {suffix}");
        var image = await UploadImageAsync(editor, "feed.jpg");
        var older = await PublishStoryAsync(editor, StoryFields($"Ældre feedhistorie {suffix}", image, area: area, lead: "Den første & ældste."));
        await factory.SetNowAsync(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
        var newer = await PublishStoryAsync(editor, StoryFields($"Nyere feedhistorie {suffix}", image, area: area));
        await PublishStoryAsync(editor, StoryFields($"Feedhistorie uden område {suffix}", image));
        await PublishStoryAsync(editor, StoryFields($"{CommunicationFactory.EditorsOnly}: feed {suffix}", image, area: area));
        Assert.Equal(HttpStatusCode.Redirect, (await CreateStoryAsync(editor, StoryFields($"Feedkladde {suffix}", image, area: area), publish: false)).StatusCode);
        var employee = await factory.SignInAsync("medarbejder");

        var response = await employee.GetAsync($"/stories/feed.atom?area={area}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = Load(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Historier fra Feedområde {suffix}", feed.Title.Text);
        Assert.Equal([$"Nyere feedhistorie {suffix}", $"Ældre feedhistorie {suffix}"], feed.Items.Select(i => i.Title.Text));
        var first = feed.Items.Last();
        Assert.Equal("Den første & ældste.", first.Summary.Text);
        Assert.Equal(new Uri($"https://localhost/stories/{older}"), first.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero), first.PublishDate);

        // The editor may read the story kept for editors; the whole feed has the story without an area too.
        var editors = Load(await editor.GetPageAsync($"/stories/feed.atom?area={area}"));
        Assert.Contains($"{CommunicationFactory.EditorsOnly}: feed {suffix}", editors.Items.Select(i => i.Title.Text));
        var all = Load(await employee.GetPageAsync("/stories/feed.atom")).Items.Select(i => i.Title.Text).ToList();
        Assert.Contains($"Feedhistorie uden område {suffix}", all);
        Assert.Contains($"Nyere feedhistorie {suffix}", all);
        Assert.DoesNotContain(all, t => t.Contains("Feedkladde", StringComparison.Ordinal) || t.StartsWith(CommunicationFactory.EditorsOnly, StringComparison.Ordinal));
        Assert.True(all.IndexOf($"Feedhistorie uden område {suffix}") < all.IndexOf($"Ældre feedhistorie {suffix}"));

        // Taken back, a story leaves the feed.
        var stamp = await ContentSteps.StampAsync(editor, newer);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/contents/{newer}/edit", $"/admin/contents/{newer}/unpublish", new() { ["concurrencyStamp"] = stamp })).StatusCode);
        Assert.Equal([$"Ældre feedhistorie {suffix}"], Load(await employee.GetPageAsync($"/stories/feed.atom?area={area}")).Items.Select(i => i.Title.Text));
    }

    [Fact]
    public async Task An_unknown_area_is_a_problem_in_Danish_and_the_list_links_the_feed()
    {
        var employee = await factory.SignInAsync("medarbejder");

        var response = await employee.GetAsync("/stories/feed.atom?area=01aaaaaaaaaaaaaaaaaaaaaaaa");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Området '01aaaaaaaaaaaaaaaaaaaaaaaa' findes ikke.", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Historier (Atom)\" href=\"/stories/feed.atom\" />", await employee.GetPageAsync("/stories"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().GetAsync("/stories/feed.atom")).StatusCode);
    }

    private static SyndicationFeed Load(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }
}

public sealed class SqliteStoryFeedTests(CommunicationFactory factory) : StoryFeedTests<CommunicationFactory>(factory);

public sealed class PostgresStoryFeedTests(PostgresCommunicationFactory factory) : StoryFeedTests<PostgresCommunicationFactory>(factory);
