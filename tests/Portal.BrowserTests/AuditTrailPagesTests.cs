using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The audit trail's pages pass axe: an editor's page with its Historik section and the item's own
/// history page, and the administrator's view of every record, filtered.
/// </summary>
public sealed class AuditTrailPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Historik_in_the_editor_and_on_its_own_page_has_no_axe_violations()
    {
        var page = await NewPageAsync("redaktoer");
        var title = "Historik i browseren " + Guid.NewGuid().ToString("n")[..6];
        var id = await Ui.CreatePageAsync(page, title, "Tekst", "historik-" + Guid.NewGuid().ToString("n")[..6]);

        var section = page.GetByRole(AriaRole.Region, new() { Name = "Historik", Exact = true });
        await Expect(section).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(section.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Indhold udgivet");
        await Expect(section.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("redaktoer");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/contents/{id}/history");
        await Expect(Ui.Heading(page)).ToHaveTextAsync($"Historik for '{title}'");
        await Expect(page.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Indhold oprettet");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Audit_view_filters_and_has_no_axe_violations()
    {
        var page = await NewPageAsync("admin");

        await page.GotoAsync("/admin/audit");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Historik");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hent som CSV", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Hændelse", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Logget ind" });
        await page.GetByLabel("Bruger", new() { Exact = true }).FillAsync("admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=login.succeeded"));
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Expect(rows.Nth(1)).ToContainTextAsync("Logget ind");
        await Expect(rows.Nth(1)).ToContainTextAsync("admin");
        await Axe.AssertNoViolationsAsync(page);
    }
}
