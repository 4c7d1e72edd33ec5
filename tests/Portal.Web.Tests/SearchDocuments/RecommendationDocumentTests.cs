using Portal.Recommendations;
using Portal.Web.Tests.Recommendations;

namespace Portal.Web.Tests.SearchDocuments;

/// <summary>
/// The demo's report, recommendations, strategy, initiatives and follow-up as search finds them: at
/// the pages that show them, under the committee their model names, dated by the report, the
/// strategy's approval or the quarter.
/// </summary>
public abstract class RecommendationDocumentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private const string Section17 = "§17, stk. 4-udvalg om fastholdelse og rekruttering";
    private const string HealthCommittee = "Områdeudvalg sundhed og omsorg";

    [Fact]
    public async Task A_recommendation_is_found_by_its_number_and_every_section()
    {
        var recommendation = await factory.PublishedAsync(RecommendationTypes.Recommendation, "Ny i ledelse i Norddjurs Kommune");

        var document = await factory.DocumentAsync(recommendation.ContentItemId);

        Assert.Equal("Anbefaling", document.TypeLabel);
        Assert.Equal("Anbefaling 1: Ny i ledelse i Norddjurs Kommune", document.Title);
        Assert.Equal($"/recommendations/{recommendation.ContentItemId}", document.Url);
        Assert.Equal(Section17, document.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2023, 5, 1), document.DateUtc);
        SearchDocumentSteps.AssertInOrder(
            document.Body,
            "Ledere på Velfærdsområdet",
            "Som ny leder kan det være svært at komme ind i en organisations kultur",
            "Opbygning af robust og solid ledelseskapacitet på Velfærdsområdet",
            "Flere nye ledere rekrutteres internt",
            "Udarbejde et fælles koncept for onboardingforløb for nye ledere",
            "Måling på andel af nye ledere rekrutteret internt",
            "Andel ledere på Velfærdsområdet rekrutteret internt i 2022.",
            "Deltagerbetaling til før-lederforløbet",
            "Der nedsættes en styregruppe på Velfærdsområdet bestående af tre aftaleholdere og to afdelingsledere.",
            "Foreslået",
            "Ledelse som fag");
        Assert.Contains("Anbefaling 1: Ny i ledelse i Norddjurs Kommune", await factory.OpenAsync("medarbejder", document));
    }

    [Fact]
    public async Task A_recommendation_with_a_draft_waiting_for_approval_is_found_as_published()
    {
        var recommendation = await factory.PublishedAsync(RecommendationTypes.Recommendation, "Ledige til velfærdsfagene");

        var document = await factory.DocumentAsync(recommendation.ContentItemId);

        Assert.Equal(recommendation.ContentItemVersionId, document.ContentItemVersionId);
        Assert.Equal("Anbefaling 6: Ledige til velfærdsfagene", document.Title);
        Assert.DoesNotContain("Ledige uddannes til velfærdsfagene", document.Body);
    }

    [Fact]
    public async Task An_initiative_is_found_under_its_strategys_committee()
    {
        var initiative = await factory.PublishedAsync(RecommendationTypes.Initiative, "Jobmesse og åbent hus på plejecentrene");

        var document = await factory.DocumentAsync(initiative.ContentItemId);

        Assert.Equal("Initiativ", document.TypeLabel);
        Assert.Equal("Jobmesse og åbent hus på plejecentrene", document.Title);
        Assert.Equal($"/initiatives/{initiative.ContentItemId}", document.Url);
        Assert.Equal(HealthCommittee, document.Committee);
        Assert.Equal(initiative.PublishedUtc, document.DateUtc);
        Assert.Equal(
            [
                "Rekruttering",
                "HR-konsulent, Sundhed og Omsorg",
                "Plejecentrene og hjemmeplejen holder fælles åbent hus med jobsamtaler på stedet for social- og sundhedspersonale og sygeplejersker. Arrangementet annonceres lokalt og på sociale medier.",
            ],
            document.Texts);
        Assert.Contains("Jobmesse og åbent hus på plejecentrene", await factory.OpenAsync("medarbejder", document));
    }

    [Fact]
    public async Task A_follow_up_is_found_at_its_quarter_of_the_strategys_dashboard_with_each_initiatives_status()
    {
        var strategy = await factory.PublishedAsync(RecommendationTypes.Strategy, "Fastholdelses- og rekrutteringsstrategien");
        var followUp = await factory.PublishedAsync(RecommendationTypes.FollowUp, "Opfølgning 4. kvartal 2022");

        var document = await factory.DocumentAsync(followUp.ContentItemId);

        Assert.Equal("Opfølgning", document.TypeLabel);
        Assert.Equal("Fastholdelses- og rekrutteringsstrategien: 4. kvartal 2022", document.Title);
        Assert.Equal($"/strategies/{strategy.ContentItemId}?quarter=2022Q4", document.Url);
        Assert.Equal(HealthCommittee, document.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2022, 10, 1), document.DateUtc);
        Assert.Equal(RecommendationSteps.SeedSentence, document.Texts[0]);
        SearchDocumentSteps.AssertInOrder(
            document.Body,
            "Der opleves generelt stor tilslutning og interesse fra målgruppe og samarbejdspartnere",
            "Jobmesse og åbent hus på plejecentrene: Afsluttet",
            "Jobmessen blev afholdt i november 2022 med ca. 60 besøgende og førte til ni ansættelser.",
            "Vikarkorps med tidligere medarbejdere: Pauseret");

        var page = await factory.OpenAsync("medarbejder", document);
        Assert.Contains("Status i 4. kvartal 2022", page);
        Assert.Contains(RecommendationSteps.SeedSentence, page);
    }

    [Fact]
    public async Task The_strategy_report_and_theme_are_found_at_their_pages()
    {
        var strategy = await factory.PublishedAsync(RecommendationTypes.Strategy, "Fastholdelses- og rekrutteringsstrategien");
        var report = await factory.PublishedAsync(RecommendationTypes.Report, "Anbefalinger fra §17, stk. 4-udvalget om fastholdelse og rekruttering");
        var theme = await factory.PublishedAsync(RecommendationTypes.Theme, "Ledelse som fag");

        var documents = (await factory.DocumentsAsync(strategy.ContentItemId, report.ContentItemId, theme.ContentItemId)).ToDictionary(d => d.ContentItemId);

        var strategyDocument = documents[strategy.ContentItemId];
        Assert.Equal("Strategi", strategyDocument.TypeLabel);
        Assert.Equal($"/strategies/{strategy.ContentItemId}", strategyDocument.Url);
        Assert.Equal(HealthCommittee, strategyDocument.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2022, 3, 16), strategyDocument.DateUtc);
        Assert.Contains("Arbejdsmiljø og trivsel", strategyDocument.Texts);

        var reportDocument = documents[report.ContentItemId];
        Assert.Equal("Rapport", reportDocument.TypeLabel);
        Assert.Equal($"/recommendations/reports/{report.ContentItemId}", reportDocument.Url);
        Assert.Equal(Section17, reportDocument.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2023, 5, 1), reportDocument.DateUtc);
        Assert.Contains("Udvalget har mødtes tre gange i perioden 3. marts til 19. april 2023.", reportDocument.Body);

        var themeDocument = documents[theme.ContentItemId];
        Assert.Equal("Tema", themeDocument.TypeLabel);
        Assert.Equal($"/recommendations/reports/{report.ContentItemId}#tema-{theme.ContentItemId}", themeDocument.Url);
        Assert.Null(themeDocument.Committee);
        Assert.Contains("kalder på (endnu) mere faglig og praksisnær ledelse og ledelse på tværs.", themeDocument.Body);
        Assert.Contains($"id=\"tema-{theme.ContentItemId}\"", await factory.OpenAsync("medarbejder", themeDocument));
    }
}

public sealed class SqliteRecommendationDocumentTests(PortalFactory factory) : RecommendationDocumentTests<PortalFactory>(factory);

public sealed class PostgresRecommendationDocumentTests(PostgresPortalFactory factory) : RecommendationDocumentTests<PostgresPortalFactory>(factory);
