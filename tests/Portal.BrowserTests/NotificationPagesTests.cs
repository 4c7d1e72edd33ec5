using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The Notifications module's pages pass axe: the list behind the bell, the choices, and the
/// administrator's settings and template editor (a template that does not parse is refused with its
/// line; the preview shows the text with example values). Nothing is saved that other tests see.
/// </summary>
public sealed class NotificationPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Notification_list_and_choices_have_no_axe_violations()
    {
        var page = await NewPageAsync("hu.formand");
        await Ui.AwaitNotificationAsync(page, "Ny opgave: Godkend Ledige uddannes til velfærdsfagene");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Beskeder");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ny opgave: Godkend Ledige uddannes til velfærdsfagene" })).ToBeVisibleAsync();
        await Expect(page.Locator(".user-notifications")).ToContainTextAsync("Beskeder");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Vælg, hvordan du får dem" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Dine valg for beskeder");
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Beskeder fra arbejdsgange (godkendt, afvist, påmindelser)" });
        await Expect(group.GetByLabel("I portalen og på e-mail med det samme")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);

        // Saving the choices as they are changes nothing other tests see.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(page)).ToContainTextAsync("Dine valg er gemt.");
        await Expect(group.GetByLabel("I portalen og på e-mail med det samme")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Mail_settings_and_template_editor_have_no_axe_violations()
    {
        var page = await NewPageAsync("admin");
        await page.GotoAsync("/admin/notifications");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Notifikationer");
        await Expect(page.Locator("dl").First).ToContainTextAsync("filer (.eml)");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Skabeloner for beskeder" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Referat offentliggjort i et udvalg, du er medlem af eller følger" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forhåndsvisning" })).ToBeVisibleAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Referat: Hovedudvalget 27. april 2023 kl. 09.00");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Referatet er ude.\n{% if values.committee %}\nFra {{ values.committee }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skabelonen er ikke gemt");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Den hidtidige skabelon bruges stadig.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Nyt referat fra {{ values.committee }}: {{ url }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Forhåndsvis", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Nyt referat fra Hovedudvalget");
        await Axe.AssertNoViolationsAsync(page);
    }
}
