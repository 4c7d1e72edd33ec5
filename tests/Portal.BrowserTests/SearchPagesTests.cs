using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// Search as an employee meets it: the box in the header suggests titles as they type (htmx), the
/// page shows hits with marked snippets and facets, and says so when nothing or nothing sensible
/// was asked. The administrator's page shows the index. Every state passes axe.
/// </summary>
public sealed class SearchPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_header_box_suggests_titles_and_the_page_shows_hits_and_facets()
    {
        var page = await NewPageAsync("medarbejder");
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Search).GetByLabel("Søg i portalen");
        await box.PressSequentiallyAsync("Temadrøf", new() { Delay = 20 });
        var suggestion = page.GetByRole(AriaRole.List, new() { Name = "Forslag" }).GetByRole(AriaRole.Link, new() { Name = "Temadrøftelse om fastholdelse og rekruttering" });
        await Expect(suggestion).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(page);

        await box.FillAsync("fastholdelse");
        await box.PressAsync("Enter");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Søgning");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("resultater for fastholdelse");
        var hit = page.Locator(".search-hit").Filter(new() { HasText = "Temadrøftelse om fastholdelse og rekruttering" });
        await Expect(hit).ToContainTextAsync("Hovedudvalget");
        await Expect(page.Locator(".search-hit mark").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Afgræns" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        // Narrowing to recommendations, then by date: the facet shows what is chosen and how to undo it.
        await page.Locator(".search-facet a").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Anbefaling \\(") }).ClickAsync();
        await Expect(page.Locator(".search-facet strong")).ToContainTextAsync("Anbefaling");
        await Expect(page.Locator(".search-hit .badge").First).ToHaveTextAsync("Anbefaling");
        await page.GetByRole(AriaRole.Link, new() { Name = "nyeste først" }).ClickAsync();
        await Expect(page.Locator("strong", new() { HasTextString = "nyeste først" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        // Searching again from the page keeps what was chosen: the type and the order.
        await page.GetByLabel("Søg efter").FillAsync("rekruttering");
        await page.GetByLabel("Søg efter").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("resultater for rekruttering");
        await Expect(page.Locator(".search-facet strong")).ToContainTextAsync("Anbefaling");
        await Expect(page.Locator("strong", new() { HasTextString = "nyeste først" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "bedste match" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task No_hits_and_a_query_that_cannot_be_searched_are_explained()
    {
        var page = await NewPageAsync("medarbejder");
        await page.GotoAsync("/search?q=zyxwvutsrq");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ingen resultater for zyxwvutsrq");
        await Expect(page.Locator(".search-hit")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        var response = await page.GotoAsync("/search?q=%22sundhed%20og");
        Assert.Equal(400, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Der mangler et anførselstegn");
        await Expect(page.GetByLabel("Søg efter")).ToHaveValueAsync("\"sundhed og");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_administrators_page_shows_the_index_and_starts_a_rebuild()
    {
        var page = await NewPageAsync("admin");
        await page.GotoAsync("/admin/search");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Søgning");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("denne server");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Byg indekset igen" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToContainTextAsync("Indekset bygges igen på alle servere");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Bygget igen", new() { Timeout = 20_000 });
        await Axe.AssertNoViolationsAsync(page);
    }
}
