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

        await page.GetByRole(AriaRole.Link, new() { Name = "Abonnér på kalender og referater" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Abonnér på møder og referater i alle udvalg");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle udvalg", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Hovedudvalget");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle referater fra Hovedudvalget" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Referater: Hovedudvalget");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "2023", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
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

    [Fact]
    public async Task An_items_history_comparison_and_restore_pass_axe()
    {
        var page = await NewPageAsync("redaktoer");
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt møde" }).ClickAsync();
        await page.GetByLabel("Dato").FillAsync("2026-12-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mødet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj et punkt" }).ClickAsync();
        await page.GetByLabel("Nummer").FillAsync("1");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Seniorordninger");
        await (await Ui.RichTextAsync(page, "Sagsfremstilling")).FillAsync("Udvalget drøfter seniorordninger.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem punktet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger Seniorordninger" }).ClickAsync();
        await (await Ui.RichTextAsync(page, "Sagsfremstilling")).FillAsync("Udvalget drøfter og godkender seniorordninger.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem punktet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Punktet 'Seniorordninger' er gemt.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Historik for Seniorordninger" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Historik for punkt 1 Seniorordninger");
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(2);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sammenlign med seneste (version 1)" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Sammenlign versioner af punkt 1 Seniorordninger");
        await Expect(page.Locator("ins").First).ToContainTextAsync("og godkender");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til historikken" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gendan version 1", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Version 1 er gendannet som version 3. Den hidtidige version er bevaret i historikken.");
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(3);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_secretary_drags_an_agenda_item_into_place()
    {
        var page = await NewPageAsync("redaktoer");
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Børne- og ungdomsudvalget", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt møde" }).ClickAsync();
        await page.GetByLabel("Dato").FillAsync("2026-12-14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mødet" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Forbered mødet i Børne- og ungdomsudvalget");
        foreach (var title in new[] { "Første punkt", "Andet punkt" })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj et punkt" }).ClickAsync();
            await page.GetByLabel("Nummer").FillAsync(title[..1]);
            await page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem punktet" }).ClickAsync();
            await Expect(Ui.Notification(page)).ToContainTextAsync(title);
        }

        var items = page.Locator("ol.agenda-editor > li");
        await Expect(items.First).ToContainTextAsync("Første punkt");
        await items.Nth(1).DragToAsync(items.First);

        await Expect(Ui.Notification(page)).ToHaveTextAsync("Dagsordenen er ændret.");
        await Expect(items.First).ToContainTextAsync("Andet punkt");
        await Axe.AssertNoViolationsAsync(page);

        // Publishing the agenda: employees see it, without decisions, in the new order.
        await page.GetByLabel("Dagsorden offentliggjort").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mødet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Mødet er gemt.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se mødet, som læserne ser det" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Dagsorden: Børne- og ungdomsudvalget 14-12-2026");
        await Expect(page.Locator("article.agenda-item").First).ToContainTextAsync("Andet punkt");
        await Axe.AssertNoViolationsAsync(page);
    }
}
