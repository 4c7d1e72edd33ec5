using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>An editor uploads files through the Filer page, without any script of the page's own.</summary>
public sealed class MediaTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // A real 1 × 1 PNG: the portal decodes every image it takes.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_editor_uploads_a_file_and_a_lying_one_is_refused_with_a_message()
    {
        var page = await NewPageAsync("redaktoer");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administrationsmenu" }).GetByRole(AriaRole.Link, new() { Name = "Filer", Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Filer");

        await page.GetByLabel("Vælg en fil").SetInputFilesAsync(new FilePayload { Name = "Plakat til personaledagen.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();

        await Expect(Ui.Notification(page)).ToContainTextAsync("'Plakat til personaledagen.png' er uploadet.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Plakat til personaledagen.png" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Vælg en fil").SetInputFilesAsync(new FilePayload { Name = "referat.pdf", MimeType = "application/pdf", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Filen 'referat.pdf' er ikke en PDF-fil.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "referat.pdf" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
    }
}
