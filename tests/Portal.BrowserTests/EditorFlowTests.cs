using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

public sealed class EditorFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Editor_creates_publishes_drafts_republishes_and_restores_a_page()
    {
        var editor = await NewPageAsync("redaktoer");
        var reader = await NewPageAsync("medarbejder");

        // Create and publish.
        var id = await Ui.CreatePageAsync(editor, "Min testside", "Referatet fra mødet i MED-udvalget ligger her.", "min-testside");
        var editUrl = editor.Url;
        await Expect(editor.Locator(".content-status")).ToContainTextAsync("Version 1");
        await Expect(editor.Locator(".content-status")).ToContainTextAsync("Udgivet");

        await editor.GotoAsync("/min-testside");
        await Expect(Ui.Heading(editor)).ToHaveTextAsync("Min testside");
        await Expect(editor.GetByText("Referatet fra mødet i MED-udvalget ligger her.")).ToBeVisibleAsync();
        await Expect(editor).ToHaveTitleAsync("Min testside – MED-portalen");

        // A draft beside the published version: readers still see the published title.
        await editor.GotoAsync(editUrl);
        await editor.GetByLabel("Titel", new() { Exact = true }).FillAsync("Min rettede testside");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gem kladde", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(editor)).ToHaveTextAsync("'Min rettede testside' er gemt som kladde.");
        await Expect(editor.Locator(".content-status")).ToContainTextAsync("Kladde – en tidligere version er udgivet");
        await Expect(editor.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync("Min rettede testside");

        await reader.GotoAsync("/min-testside");
        await Expect(Ui.Heading(reader)).ToHaveTextAsync("Min testside");
        await Expect(reader.GetByText("Min rettede testside")).ToHaveCountAsync(0);

        // Publish the saved draft.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Udgiv den gemte kladde", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(editor)).ToHaveTextAsync("'Min rettede testside' er udgivet.");
        await Expect(editor.Locator(".content-status")).ToContainTextAsync("Udgivet");

        await reader.GotoAsync("/min-testside");
        await Expect(Ui.Heading(reader)).ToHaveTextAsync("Min rettede testside");

        // Version history: restore version 1 as a new version.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Versionshistorik", Exact = true }).ClickAsync();
        await Expect(editor).ToHaveURLAsync(new Uri(Fixture.BaseAddress, $"/admin/contents/{id}/versions").ToString());
        await Expect(Ui.Heading(editor)).ToHaveTextAsync("Versioner af 'Min rettede testside'");
        var rows = editor.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(1)).ToContainTextAsync("Min testside");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gendan version 1", Exact = true }).ClickAsync();

        await Expect(editor).ToHaveURLAsync(editUrl);
        await Expect(Ui.Notification(editor)).ToHaveTextAsync("Version 1 er gendannet som version 3.");
        await Expect(editor.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync("Min testside");
        await Expect(await Ui.RichTextAsync(editor, "Brødtekst")).ToHaveTextAsync("Referatet fra mødet i MED-udvalget ligger her.");
        await Expect(editor.Locator(".content-status")).ToContainTextAsync("Version 3");
    }

    [Fact]
    public async Task A_form_whose_antiforgery_cookie_is_gone_gets_a_Danish_error_and_changes_nothing()
    {
        var editor = await NewPageAsync("redaktoer");
        await editor.GotoAsync("/admin/contents/create/Page");
        await editor.GetByLabel("Titel", new() { Exact = true }).FillAsync("Aldrig gemt");

        await editor.Context.ClearCookiesAsync(new() { Name = ".MedPortal.Antiforgery" });
        var response = await editor.RunAndWaitForResponseAsync(
            () => editor.GetByRole(AriaRole.Button, new() { Name = "Gem og udgiv", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await Expect(Ui.Heading(editor)).ToHaveTextAsync("Forkert forespørgsel");
        await editor.GotoAsync("/admin/contents?q=Aldrig");
        await Expect(editor.GetByText("Intet indhold matcher filtret.")).ToBeVisibleAsync();
    }
}
