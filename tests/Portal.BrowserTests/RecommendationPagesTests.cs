using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The §17 stk. 4 report, a recommendation, the strategy's dashboard and the secretaries' follow-up
/// form with the seeds' demo data: they read right, print without the screen's extras, draw the
/// chart from the table, work from the keyboard, and pass axe.
/// </summary>
public sealed class RecommendationPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Report = "Anbefalinger fra §17, stk. 4-udvalget om fastholdelse og rekruttering";
    private const string Strategy = "Fastholdelses- og rekrutteringsstrategien";

    [Fact]
    public async Task The_report_and_a_recommendation_read_and_print_like_the_original()
    {
        var page = await NewPageAsync("medarbejder");

        await page.GotoAsync("/recommendations");
        await page.GetByRole(AriaRole.Link, new() { Name = Report, Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync(Report);
        await Expect(page.Locator("article.recommendation")).ToHaveCountAsync(8);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Budget i kroner, fordelt på år" }).GetByRole(AriaRole.Row).Last).ToContainTextAsync("6.100.000 kr.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udskriv" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        // On paper: no table of contents, buttons or menu; every theme starts a page.
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Indhold" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hent budgettet som CSV" })).ToBeHiddenAsync();
        Assert.Equal("page", await page.Locator("section.report-chapter").First.EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Screen });

        await page.GetByRole(AriaRole.Link, new() { Name = "Anbefaling 7: Trivselsteam på Velfærdsområdet" }).Last.ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Anbefaling 7: Trivselsteam på Velfærdsområdet");
        await Expect(page.GetByText("3.600.000 kr.").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Temadrøftelse om fastholdelse og rekruttering" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Anbefaling 7: Trivselsteam på Velfærdsområdet" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_dashboard_draws_the_chart_from_the_table_a_screen_reader_reads()
    {
        var page = await NewPageAsync("medarbejder");

        await page.GotoAsync("/strategies");
        await page.GetByRole(AriaRole.Link, new() { Name = Strategy, Exact = true }).ClickAsync();
        await page.GetByLabel("Kvartal", new() { Exact = true }).SelectOptionAsync("2022Q4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Status på arbejdet med initiativerne er, at fire initiativer endnu ikke er påbegyndt")).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Initiativer pr. status i 4. kvartal 2022" });
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = "I gang" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["6"]);
        var canvas = page.Locator(".chart canvas");
        await Expect(canvas).ToBeVisibleAsync();
        Assert.True(await canvas.EvaluateAsync<bool>("c => c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0)"), "the chart is drawn");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_secretary_records_the_first_quarter_of_2023_from_the_keyboard_and_the_dashboard_shows_the_change()
    {
        var page = await NewPageAsync("sekretaer.sundhed");
        await page.GotoAsync("/strategies");
        await page.GetByRole(AriaRole.Link, new() { Name = Strategy, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrér opfølgningen for 1. kvartal 2023" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Opfølgning 1. kvartal 2023");
        await Axe.AssertNoViolationsAsync(page);

        // Each initiative is a group of status, then description, in tab order.
        var first = page.GetByRole(AriaRole.Group).First;
        await first.GetByLabel("Status").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Beskrivelse", await page.EvaluateAsync<string>("() => document.activeElement.labels[0].textContent"));

        string[] statuses = ["Afsluttet", "I gang", "Pauseret", "Afsluttet", "I gang", "I gang", "I gang", "Pauseret", "Ikke påbegyndt", "I gang", "I gang", "Klar til implementering", "Ikke påbegyndt", "Klar til implementering"];
        var groups = page.GetByRole(AriaRole.Group);
        await Expect(groups).ToHaveCountAsync(14);
        for (var i = 0; i < statuses.Length; i++)
        {
            await groups.Nth(i).GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = statuses[i] });
        }

        await groups.Nth(3).GetByLabel("Beskrivelse").FillAsync("Makkerordningen er indført på alle enheder.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem opfølgningen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(Ui.Notification(page)).ToHaveTextAsync("Opfølgningen for 1. kvartal 2023 er gemt.");
        await Expect(page.GetByText("Status på arbejdet med initiativerne er, at to initiativer endnu ikke er påbegyndt, mens to initiativer er afsluttet, to initiativer er klar til implementering og seks initiativer er i gang. Desuden er der to initiativer, som er pauseret.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ændring siden 4. kvartal 2022" })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Initiativer pr. status i 1. kvartal 2023 og 4. kvartal 2022" });
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = "Ikke påbegyndt" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["2", "4"]);
        await Expect(table.GetByRole(AriaRole.Row, new() { Name = "Afsluttet" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["2", "1"]);
        await Axe.AssertNoViolationsAsync(page);
    }
}
