using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The employee front page on a desktop and a phone; following a committee with its one button brings
/// it to "Mine udvalg"; an editor plans a page for later in the editor. Every page passes axe.
/// </summary>
public sealed class FrontPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_employee_follows_Hovedudvalget_and_finds_it_on_the_front_page()
    {
        var employee = await NewPageAsync("sekretaer.sundhed");
        await employee.GotoAsync("/");
        await Expect(employee.GetByRole(AriaRole.Heading, new() { Name = "Mine udvalg" })).ToBeVisibleAsync();
        await Expect(employee.GetByRole(AriaRole.Heading, new() { Name = "Seneste historier" })).ToBeVisibleAsync();
        await Expect(employee.GetByRole(AriaRole.Heading, new() { Name = "Seneste beslutninger" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(employee);

        await employee.GotoAsync("/committees");
        await employee.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).First.ClickAsync();
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Hovedudvalget");
        await employee.GetByRole(AriaRole.Button, new() { Name = "Følg Hovedudvalget", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(employee)).ToContainTextAsync("Du følger det nu.");
        await Expect(employee.GetByRole(AriaRole.Button, new() { Name = "Følg ikke længere Hovedudvalget", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(employee);

        await employee.GotoAsync("/");
        var mine = employee.Locator("section", new() { Has = employee.GetByRole(AriaRole.Heading, new() { Name = "Mine udvalg" }) });
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true })).ToBeVisibleAsync();
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Referat: Hovedudvalget, 27. april 2023" })).ToBeVisibleAsync();

        await mine.GetByRole(AriaRole.Link, new() { Name = "Det følger du" }).ClickAsync();
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Det følger du");
        await Axe.AssertNoViolationsAsync(employee);
        await employee.GetByRole(AriaRole.Button, new() { Name = "Følg ikke længere Hovedudvalget", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(employee)).ToContainTextAsync("Du følger det ikke længere.");
        await Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_front_page_reads_on_a_phone_without_sideways_scrolling()
    {
        var employee = await NewPageAsync("hu.formand", width: 390, height: 844);
        await employee.GotoAsync("/");
        await Expect(employee.GetByRole(AriaRole.Heading, new() { Name = "Mine udvalg" })).ToBeVisibleAsync();
        Assert.True(await employee.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the front page fits the phone's width");
        await Axe.AssertNoViolationsAsync(employee);
    }

    [Fact]
    public async Task An_editor_plans_a_page_for_later_and_a_wrong_plan_is_explained()
    {
        var year = DateTime.UtcNow.Year + 2;
        var editor = await NewPageAsync("redaktoer");
        await editor.GotoAsync("/admin/contents");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Opret side", Exact = true }).ClickAsync();
        await editor.GetByLabel("Titel", new() { Exact = true }).FillAsync($"Sommerferien {year}");
        await Ui.PasteRichTextAsync(editor, "Brødtekst", "<p>Sådan søger du sommerferie.</p>");

        // Later without a time, and an unpublish before the publish, are explained beside their fields.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Udgiv senere", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vælg dato og klokkeslæt for, hvornår det skal udgives.");
        await Axe.AssertNoViolationsAsync(editor);
        await editor.GetByLabel("Udgiv", new() { Exact = true }).FillAsync($"{year}-05-01T08:00");
        await editor.GetByLabel("Afpublicér", new() { Exact = true }).FillAsync($"{year}-04-01T08:00");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Udgiv senere", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Alert)).ToContainTextAsync("Afpubliceringen skal ligge efter udgivelsen.");

        await editor.GetByLabel("Afpublicér", new() { Exact = true }).FillAsync($"{year}-09-01T08:00");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Udgiv senere", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(editor)).ToHaveTextAsync($"'Sommerferien {year}' er gemt som kladde. Den udgives 1. maj {year} kl. 08.00. Den afpubliceres 1. september {year} kl. 08.00.");
        await Expect(editor.GetByText("Planlagt udgivelse")).ToBeVisibleAsync();
        await Expect(editor.GetByLabel("Udgiv", new() { Exact = true })).ToHaveValueAsync($"{year}-05-01T08:00");
        await Axe.AssertNoViolationsAsync(editor);
    }
}
