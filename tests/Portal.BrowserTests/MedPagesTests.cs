using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>The MED pages with the seeds' demo data: they read right, hide closed items, and pass axe.</summary>
public sealed class MedPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Committees_meeting_minutes_item_and_register_pass_axe_for_an_employee()
    {
        var page = await NewPageAsync("medarbejder");

        await page.GotoAsync("/committees");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Udvalg");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Hovedudvalget");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Referat 27. april 2023" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Referat: Hovedudvalget 27-04-2023");
        await Expect(page.GetByText("Beslutning i Hovedudvalget den 27-04-2023").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Carsten Willadsen")).ToBeVisibleAsync();
        await Expect(page.GetByText("Personalesag (demo)")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Temadrøftelse om fastholdelse og rekruttering" }).Last.ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Temadrøftelse om fastholdelse og rekruttering");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/decisions");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Beslutninger");
        await Expect(page.GetByText("Dialogmøde med område MED-udvalget på Socialområdet")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Hovedudvalgets_formand_reads_the_closed_item()
    {
        var page = await NewPageAsync("hu.formand");
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Referat 27. april 2023" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Personalesag (demo)" }).Last).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_meeting_and_item_editors_pass_axe()
    {
        var page = await NewPageAsync("redaktoer");
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt møde" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Nyt møde i Hovedudvalget");
        await Axe.AssertNoViolationsAsync(page);

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Referat 27. april 2023" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Forbered mødet" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Forbered mødet i Hovedudvalget");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger Temadrøftelse om fastholdelse og rekruttering" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Rediger punkt 1");
        await Axe.AssertNoViolationsAsync(page);
    }
}
