using System.Net;
using System.Text;
using static Portal.Web.Tests.Recommendations.RecommendationSteps;

namespace Portal.Web.Tests.Recommendations;

/// <summary>
/// An employee reads the demo's §17 stk. 4 report, its budget and the strategy's dashboard, as the
/// seeds wrote them; the API gives the same figures.
/// </summary>
public abstract class RecommendationReadingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private static readonly string[] Titles =
    [
        "Anbefaling 1: Ny i ledelse i Norddjurs Kommune",
        "Anbefaling 2: Ledelsesspænd på Velfærdsområdet",
        "Anbefaling 3: Ledelsesudvikling",
        "Anbefaling 4: Tidlig interesse for velfærdsfagene",
        "Anbefaling 5: En attraktiv studie- og praktiktid",
        "Anbefaling 6: Ledige til velfærdsfagene",
        "Anbefaling 7: Trivselsteam på Velfærdsområdet",
        "Anbefaling 8: Kommunikation",
    ];

    [Fact]
    public async Task The_report_reads_like_the_original_with_all_eight_recommendations_and_the_budget()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var report = await employee.GetPageAsync($"/recommendations/reports/{await ReportIdAsync(employee)}");

        // Introduction, then each theme with its recommendations in number order, then the budget.
        var main = report[report.IndexOf("id=\"indledning\"", StringComparison.Ordinal)..];
        AssertInOrder(
            main,
            "I forbindelse med budgetaftalen 2023-2026 blev det besluttet at nedsætte et §17, stk. 4-udvalg",
            "Anbefalinger – Ledelse som fag",
            Titles[0],
            "Formål",
            "Opbygning af robust og solid ledelseskapacitet på Velfærdsområdet",
            Titles[1],
            Titles[2],
            "Anbefalinger – Unge i velfærdsfagene",
            Titles[3],
            Titles[4],
            "Anbefalinger – Fra ledighed til uddannelse til fastansættelse",
            Titles[5],
            "Anbefalinger – Fastholdelse af medarbejdere",
            Titles[6],
            "Anbefalinger – Kommunikation og branding",
            Titles[7],
            "Budget i kroner, fordelt på år");

        // Totals per year (an amount for 2024–2025 is split evenly) and in all: 6,1 mio. kr.
        var budget = main[main.IndexOf("Budget i kroner", StringComparison.Ordinal)..];
        AssertInOrder(budget, "<th scope=\"row\" colspan=\"4\">I alt</th>", "3.350.000 kr.", "2.750.000 kr.", "6.100.000 kr.");
        AssertInOrder(budget, "I alt, anbefaling 5", "450.000 kr.", "450.000 kr.", "900.000 kr.");
        Assert.Contains("3.600.000 kr.", budget, StringComparison.Ordinal);
        Assert.Contains("@media print", await employee.GetPageAsync("/_content/Portal.Theme/css/theme.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_budget_downloads_as_CSV_a_Danish_spreadsheet_reads()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var response = await employee.GetAsync($"/recommendations/reports/{await ReportIdAsync(employee)}/budget.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Anbefaling;Titel;Tema;Finansiering;Anvendelse;Periode;Beløb (kr.);2024;2025", lines[0]);
        Assert.Contains("7;Trivselsteam på Velfærdsområdet;Fastholdelse af medarbejdere;Afsat af §17, stk. 4-udvalget;Trivselskonsulent, sygefraværsrådgiver og supervisor i en toårig projektperiode;2024–2025;3600000;1800000;1800000", lines);
        Assert.Contains("4;I alt, anbefaling 4;Unge i velfærdsfagene;;;;400000;400000;0", lines);
        Assert.Equal(";I alt;;;;;6100000;3350000;2750000", lines[^1]);
    }

    [Fact]
    public async Task A_recommendation_page_shows_every_section_and_the_MED_item_shows_it_back()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var recommendations = await employee.GetJsonAsync("/api/recommendations");
        var seven = recommendations.EnumerateArray().Single(r => r.GetProperty("number").GetInt32() == 7);

        var page = await employee.GetPageAsync($"/recommendations/{seven.GetProperty("id").GetString()}");
        AssertInOrder(page, Titles[6], "Formål", "Mål", "Indsatser", "Opfølgning", "Baseline", "Sygefravær på Velfærdsområdet 2022/2023", "Ressourcer og økonomi", "Der afsættes 3,6 mio. kr.", "Næste step (efter politisk stillingtagen)", "Behandling i MED", "Temadrøftelse om fastholdelse og rekruttering");
        Assert.Contains("Lokale trivselsforløb i plejegrupperne", page, StringComparison.Ordinal);

        var itemId = seven.GetProperty("relatedItemIds")[0].GetString();
        var item = await employee.GetPageAsync($"/items/{itemId}");
        AssertInOrder(item, "Anbefalinger og strategier", Titles[0], Titles[6], "Fastholdelses- og rekrutteringsstrategien");
    }

    [Fact]
    public async Task The_dashboard_for_the_fourth_quarter_of_2022_reproduces_the_seed()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var strategy = await StrategyIdAsync(employee);

        var page = await employee.GetPageAsync($"/strategies/{strategy}?quarter=2022Q4");

        Assert.Contains(SeedSentence, page, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"bar\"", page, StringComparison.Ordinal);
        Assert.Contains("/_content/Portal.Theme/lib/charts/charts.js", page, StringComparison.Ordinal);
        AssertInOrder(page, "Ikke påbegyndt</th>", "data-value=\"4\"", "I gang</th>", "data-value=\"6\"", "Klar til implementering</th>", "data-value=\"1\"", "Afsluttet</th>", "data-value=\"1\"", "Pauseret</th>", "data-value=\"2\"", "I alt</th>", ">14<");
    }

    [Fact]
    public async Task The_api_gives_budgets_in_kroner_and_the_quarter_status()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var recommendations = await employee.GetJsonAsync("/api/recommendations");
        Assert.Equal(Enumerable.Range(1, 8), recommendations.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()));
        var three = recommendations[2];
        Assert.Equal("Ledelse som fag", three.GetProperty("theme").GetString());
        Assert.Equal(1_000_000m, three.GetProperty("budgetLines")[0].GetProperty("kroner").GetDecimal());
        Assert.Equal(2025, three.GetProperty("budgetLines")[0].GetProperty("toYear").GetInt32());
        Assert.Equal(6_100_000m, recommendations.EnumerateArray().Sum(r => r.GetProperty("totalKroner").GetDecimal()));

        var strategies = await employee.GetJsonAsync("/api/strategies");
        var strategy = strategies[0];
        Assert.Equal("2022-03-16", strategy.GetProperty("approvedOn").GetString());
        Assert.Equal(14, strategy.GetProperty("initiatives").GetArrayLength());
        Assert.Equal(5, strategy.GetProperty("focusAreas").GetArrayLength());

        var status = await employee.GetJsonAsync($"/api/strategies/{strategy.GetProperty("id").GetString()}/status?quarter=2022Q4");
        Assert.Equal(SeedSentence, status.GetProperty("summary").GetString());
        var counts = status.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("status").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["NotStarted"] = 4, ["InProgress"] = 6, ["ReadyForImplementation"] = 1, ["Completed"] = 1, ["Paused"] = 2 }, counts);
    }

    [Theory]
    [InlineData("quarter=2022Q5", 400, "kan ikke læses")]
    [InlineData("quarter=fjerde", 400, "kan ikke læses")]
    [InlineData("quarter=2000Q1", 400, "kan ikke læses")]
    [InlineData("quarter=2031Q1", 404, "ikke fulgt op for 1. kvartal 2031")]
    public async Task A_bad_or_unknown_quarter_is_a_problem_not_an_error(string query, int status, string detail)
    {
        var employee = await factory.LoginAsync("medarbejder");
        var strategy = await StrategyIdAsync(employee);

        var response = await employee.GetAsync($"/api/strategies/{strategy}/status?{query}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_strategy_is_404_in_the_api_and_on_the_pages()
    {
        var employee = await factory.LoginAsync("medarbejder");

        var api = await employee.GetAsync("/api/strategies/01aaaaaaaaaaaaaaaaaaaaaaaa/status?quarter=2022Q4");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync("/strategies/01aaaaaaaaaaaaaaaaaaaaaaaa")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync("/recommendations/reports/01aaaaaaaaaaaaaaaaaaaaaaaa/budget.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await employee.GetAsync($"/strategies/{await StrategyIdAsync(employee)}?quarter=2022Q9")).StatusCode);
    }
}

public sealed class SqliteRecommendationReadingTests(PortalFactory factory) : RecommendationReadingTests<PortalFactory>(factory);

public sealed class PostgresRecommendationReadingTests(PostgresPortalFactory factory) : RecommendationReadingTests<PostgresPortalFactory>(factory);
