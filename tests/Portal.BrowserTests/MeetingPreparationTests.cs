using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>A secretary's way through a meeting: Sagsgang, carrying a case on, attendance from the roster.</summary>
public sealed class MeetingPreparationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_secretary_carries_a_case_from_OMU_Social_to_Hovedudvalget_and_both_decisions_show()
    {
        // Hovedudvalget has a meeting coming up that can take the case.
        var manager = await NewPageAsync("redaktoer");
        await CreateMeetingAsync(manager, "Hovedudvalget", "2027-01-12", "Dagsorden offentliggjort");

        var page = await NewPageAsync("sekretaer");
        await CreateMeetingAsync(page, "Områdeudvalget for Socialområdet", "2026-11-02", "Planlagt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj et punkt" }).ClickAsync();
        await page.GetByLabel("Nummer").FillAsync("5");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Seniorpolitik for Socialområdet");

        // The Sagsgang is built step by step; the meeting's committee is already the first step.
        await Expect(page.GetByLabel("Trin 1")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("[0-9a-z]{26}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj et udvalg til sagsgangen" }).ClickAsync();
        await page.GetByLabel("Trin 2").SelectOptionAsync(new SelectOptionValue { Label = "Hovedudvalget" });
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("#AgendaItemPart_Outcome").SelectOptionAsync(new SelectOptionValue { Label = "Godkendt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem punktet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToContainTextAsync("Seniorpolitik for Socialområdet");

        // Holding the meeting: attendance is ticked off the roster, and the minutes are published.
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Navn");
        var firstMember = page.Locator("table.attendance-table tbody tr").First;
        await firstMember.GetByRole(AriaRole.Radio).First.CheckAsync();
        await page.GetByLabel("Referat offentliggjort").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mødet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Mødet er gemt.");
        await Expect(firstMember.GetByRole(AriaRole.Radio).First).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger Seniorpolitik for Socialområdet" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send til Hovedudvalget" }).ClickAsync();

        // The secretary lands on the item, which now shows where the case went.
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Sagen er sendt videre til Møde i Hovedudvalget 12-01-2027.");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Rediger punkt 5");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send til Hovedudvalget" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("section.case-route").GetByRole(AriaRole.Link, new() { Name = "mødet 12-01-2027" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Seniorpolitik for Socialområdet");
        var route = page.Locator("section.case-route li");
        await Expect(route.First).ToContainTextAsync("Områdeudvalget for Socialområdet");
        await Expect(route.First).ToContainTextAsync("Godkendt");
        await Expect(route.Nth(1)).ToContainTextAsync("Hovedudvalget");
        await Expect(route.Nth(1)).ToHaveAttributeAsync("aria-current", "step");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task CreateMeetingAsync(IPage page, string committee, string date, string status)
    {
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = committee, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt møde" }).ClickAsync();
        await page.GetByLabel("Dato").FillAsync(date);
        await page.GetByLabel(status).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mødet" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync($"Forbered mødet i {committee}");
    }
}
