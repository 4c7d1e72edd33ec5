using Portal.Communication;
using Portal.Med;
using Portal.Recommendations;

namespace Portal.Web.Tests.SearchDocuments;

/// <summary>
/// The demo's stories, story areas and communication strategy as search finds them; a story not yet
/// published is not found; and a rebuild describes every published item once, at its own module's page.
/// </summary>
public abstract class StoryDocumentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task A_story_is_found_by_its_lead_body_byline_and_area()
    {
        var story = await factory.PublishedAsync(CommunicationTypes.Story, "Eleverne, der blev");

        var document = await factory.DocumentAsync(story.ContentItemId);

        Assert.Equal("Historie", document.TypeLabel);
        Assert.Equal("Eleverne, der blev", document.Title);
        Assert.Equal($"/stories/{story.ContentItemId}", document.Url);
        Assert.Null(document.Committee);
        Assert.Equal(story.PublishedUtc, document.DateUtc);
        Assert.Equal("Tre social- og sundhedselever fortæller, hvorfor de valgte at blive på plejecentret efter praktikken.", document.Texts[0]);
        Assert.Contains("Plejecentret har en fast praktikvejleder, som holder samtaler med eleverne hver fjortende dag.", document.Texts[1]);
        Assert.Equal(["Kommunikationsafdelingen", "Social- og sundhedsassistent", "elever, praktik, rekruttering", "Sundhed og Omsorg"], document.Texts.Skip(2));
        Assert.Contains("Eleverne, der blev", await factory.OpenAsync("medarbejder", document));
    }

    [Fact]
    public async Task A_story_not_yet_published_has_no_document()
    {
        var draft = await factory.LatestAsync(CommunicationTypes.Story, "Sommerafløserne, der kommer igen");
        var published = await factory.PublishedAsync(CommunicationTypes.Story, "En nat i hjemmeplejen");

        var documents = await factory.DocumentsAsync(draft.ContentItemId, published.ContentItemId);

        Assert.Equal([published.ContentItemId], documents.Select(d => d.ContentItemId));
    }

    [Fact]
    public async Task Story_areas_and_the_communication_strategy_are_found_at_their_pages()
    {
        var area = await factory.PublishedAsync(CommunicationTypes.StoryArea, "Socialområdet");
        var strategy = await factory.PublishedAsync(CommunicationTypes.Strategy, "Kommunikationsstrategi for Velfærdsområdet");

        var documents = (await factory.DocumentsAsync(area.ContentItemId, strategy.ContentItemId)).ToDictionary(d => d.ContentItemId);

        var areaDocument = documents[area.ContentItemId];
        Assert.Equal("Historieområde", areaDocument.TypeLabel);
        Assert.Equal($"/stories/areas/{area.ContentItemId}", areaDocument.Url);
        Assert.Equal(["Botilbud, bostøtte og aktivitetstilbud for borgere med handicap og psykiske vanskeligheder."], areaDocument.Texts);
        Assert.Contains("Socialområdet", await factory.OpenAsync("medarbejder", areaDocument));

        var strategyDocument = documents[strategy.ContentItemId];
        Assert.Equal("Kommunikationsstrategi", strategyDocument.TypeLabel);
        Assert.Equal($"/communication/strategy/{strategy.ContentItemId}", strategyDocument.Url);
        SearchDocumentSteps.AssertInOrder(
            strategyDocument.Body,
            "Strategien svarer på anbefaling 8 fra §17, stk. 4-udvalget",
            "Anbefaling 8: Kommunikation",
            "At flere får lyst til at arbejde i Norddjurs Kommune.",
            "Nuværende medarbejdere på Velfærdsområdet",
            "Sociale medier: Kommunikationsafdelingen i samarbejde med enhederne. Tilstedeværelse på sociale medier ift. rekruttering og fastholdelse",
            "Finde de gode historier fra hverdagen i enhederne");
        Assert.Contains("Kommunikationsstrategi for Velfærdsområdet", await factory.OpenAsync("medarbejder", strategyDocument));
    }

    [Fact]
    public async Task A_rebuild_describes_every_published_item_once_at_its_own_modules_page()
    {
        var draft = await factory.LatestAsync(CommunicationTypes.Story, "Sommerafløserne, der kommer igen");

        var documents = await factory.AllDocumentsAsync();

        Assert.DoesNotContain(documents, d => d.ContentItemId == draft.ContentItemId);
        Assert.Equal(documents.Count, documents.Select(d => d.ContentItemId).Distinct().Count());
        var expected = new Dictionary<string, (int Count, string Address)>
        {
            [MedTypes.Committee] = (8, "/committees/"),
            [MedTypes.Meeting] = (3, "/meetings/"),
            [MedTypes.AgendaItem] = (5, "/items/"),
            ["Page"] = (2, "/"),
            [RecommendationTypes.Theme] = (5, "/recommendations/reports/"),
            [RecommendationTypes.Report] = (1, "/recommendations/reports/"),
            [RecommendationTypes.Recommendation] = (8, "/recommendations/"),
            [RecommendationTypes.Strategy] = (1, "/strategies/"),
            [RecommendationTypes.Initiative] = (14, "/initiatives/"),
            [RecommendationTypes.FollowUp] = (1, "/strategies/"),
            [CommunicationTypes.StoryArea] = (3, "/stories/areas/"),
            [CommunicationTypes.Story] = (6, "/stories/"),
            [CommunicationTypes.Strategy] = (1, "/communication/strategy/"),
        };
        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Count)),
            documents.GroupBy(d => d.ContentType).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
        Assert.All(documents, d =>
        {
            Assert.StartsWith(expected[d.ContentType].Address, d.Url, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(d.TypeLabel), $"{d.ContentType} {d.ContentItemId} has no label");
            Assert.NotEmpty(d.Readers);
        });
        Assert.DoesNotContain(documents, d => d.ContentType == "Page" && d.Url!.StartsWith("/content/", StringComparison.Ordinal));
    }
}

public sealed class SqliteStoryDocumentTests(PortalFactory factory) : StoryDocumentTests<PortalFactory>(factory);

public sealed class PostgresStoryDocumentTests(PostgresPortalFactory factory) : StoryDocumentTests<PostgresPortalFactory>(factory);
