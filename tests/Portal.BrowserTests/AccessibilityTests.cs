using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>Every kind of page the portal has so far passes axe (WCAG 2.1 A and AA).</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string?, string, int, string> Pages => new()
    {
        { null, "/account/login", 200, "Log ind" },
        { "medarbejder", "/", 200, "Velkommen til MED-portalen" },
        { "medarbejder", "/om-portalen", 200, "Om MED-portalen" },
        { "medarbejder", "/account/password", 200, "Skift adgangskode" },
        { "medarbejder", "/der-findes-ingen-side-her", 404, "Siden findes ikke" },
        { "medarbejder", "/admin/contents", 403, "Du har ikke adgang" },
        { "redaktoer", "/admin", 200, "Administration" },
        { "redaktoer", "/admin/contents", 200, "Indhold" },
        { "redaktoer", "/admin/contents/create/Page", 200, "Opret side" },
        { "redaktoer", "/admin/media", 200, "Filer" },
        { "admin", "/admin/users", 200, "Brugere" },
        { "admin", "/admin/roles", 200, "Roller" },
        { "admin", "/admin/content-types", 200, "Indholdstyper" },
        { "admin", "/admin/content-types/Page", 200, "Indholdstype: Side" },
        { "medarbejder", "/recommendations", 200, "Anbefalinger" },
        { "medarbejder", "/strategies", 200, "Strategier" },
        { "redaktoer", "/admin/contents/create/Recommendation", 200, "Opret anbefaling" },
        { "redaktoer", "/admin/contents/create/RecommendationReport", 200, "Opret rapport med anbefalinger" },
        { "redaktoer", "/admin/contents/create/RecommendationTheme", 200, "Opret tema" },
        { "redaktoer", "/admin/contents/create/Strategy", 200, "Opret strategi" },
        { "redaktoer", "/admin/contents/create/Initiative", 200, "Opret initiativ" },
        { "redaktoer", "/admin/contents/create/CommunicationStrategy", 200, "Opret kommunikationsstrategi" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string? userName, string path, int status, string heading)
    {
        var page = await NewPageAsync(userName);

        var response = await page.GotoAsync(path);

        Assert.Equal(status, response?.Status);
        await Expect(Ui.Heading(page)).ToHaveTextAsync(heading);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Editor_versions_compare_and_published_page_have_no_axe_violations()
    {
        var page = await NewPageAsync("redaktoer");
        var id = await Ui.CreatePageAsync(page, "Referat af MED-mødet", "<h2>Dagsorden</h2><ul><li>Trivsel</li><li>Budget</li></ul><p>Se <a href=\"/om-portalen\">om portalen</a>.</p>", "referat-af-med-moedet");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Referat af MED-mødet i maj");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kladde", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(page)).ToBeVisibleAsync();

        // The editor of an existing item, with its notification, status line and further actions.
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Rediger side");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/contents/{id}/versions");
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(2);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sammenlign med seneste (version 1)" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Sammenlign versioner af 'Referat af MED-mødet i maj'");
        await Expect(page.Locator("ins").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/referat-af-med-moedet");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Referat af MED-mødet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dagsorden" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/contents/{id}/preview");
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Forhåndsvisning af version 2");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Editor_with_validation_errors_has_no_axe_violations()
    {
        var page = await NewPageAsync("redaktoer");
        await page.GotoAsync("/admin/contents/create/Page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og udgiv", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv en titel.");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_axe_check_fails_with_rule_help_and_selector_when_a_page_has_a_violation()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.EvaluateAsync("() => { const input = document.createElement('input'); input.id = 'uden-etiket'; document.querySelector('main').append(input); }");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Axe.AssertNoViolationsAsync(page));

        Assert.Contains("- label (critical): Form elements must have labels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at #uden-etiket", failure.Message, StringComparison.Ordinal);
    }
}
