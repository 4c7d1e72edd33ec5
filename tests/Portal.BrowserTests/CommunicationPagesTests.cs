using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// An employee finds the communication strategy from the story list and reads its channel plan; an
/// editor opens a story's share kit, where each text counts its characters against the channel's
/// limit as it is typed (and shows the limit without JavaScript too). Every page passes axe.
/// </summary>
public sealed class CommunicationPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_employee_reads_the_strategy_and_its_channel_plan()
    {
        var employee = await NewPageAsync("medarbejder");
        await employee.GotoAsync("/stories");
        await employee.GetByRole(AriaRole.Link, new() { Name = "Kommunikationsstrategi og kanalplan" }).ClickAsync();
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Kommunikationsstrategi");
        await Axe.AssertNoViolationsAsync(employee);

        await employee.GetByRole(AriaRole.Link, new() { Name = "Kommunikationsstrategi for Velfærdsområdet" }).ClickAsync();
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Kommunikationsstrategi for Velfærdsområdet");
        await Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Anbefaling 8. Kommunikation" })).ToBeVisibleAsync();

        // The demo stories were published as the demo data was loaded: in this quarter's cell of their channels.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));
        var quarter = $"{now.Year}Q{((now.Month - 1) / 3) + 1}";
        var cell = employee.Locator($"td[data-quarter='{quarter}'][data-channel='SocialMedia']");
        await Expect(cell.GetByRole(AriaRole.Link, new() { Name = "Eleverne, der blev" })).ToBeVisibleAsync();
        await Expect(employee.GetByRole(AriaRole.Table, new() { Name = $"Kanalplan {now.Year}: historier pr. kanal og kvartal" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(employee);
    }

    [Fact]
    public async Task An_editor_sees_the_share_texts_counted_as_they_type()
    {
        var editor = await NewPageAsync("redaktoer");
        await editor.GotoAsync("/stories");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Eleverne, der blev" }).First.ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Del historien" }).ClickAsync();
        await Expect(Ui.Heading(editor)).ToHaveTextAsync("Del historien");
        await Axe.AssertNoViolationsAsync(editor);

        var social = editor.GetByLabel("Sociale medier", new() { Exact = true });
        await Expect(social).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^„Det var kollegerne.“"));
        var count = editor.Locator("#share-SocialMedia-count");
        await social.FillAsync(new string('x', 300));
        await Expect(count).ToHaveTextAsync("300 af 280 tegn – 20 for mange");
        await Expect(social).ToHaveAttributeAsync("aria-invalid", "true");
        await social.PressAsync("Control+a");
        await social.PressSequentiallyAsync("Kort");
        await Expect(count).ToHaveTextAsync("4 af 280 tegn");
        await Expect(social).ToHaveAttributeAsync("aria-invalid", "false");

        var copy = editor.GetByRole(AriaRole.Button, new() { Name = "Kopiér teksten til sociale medier" });
        await Expect(copy).ToBeVisibleAsync();
        await Expect(editor.GetByLabel("Link til historien")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^http://127\\.0\\.0\\.1:[0-9]+/stories/[0-9a-z]{26}$"));
        await Axe.AssertNoViolationsAsync(editor);

        // In the story's editor the same count runs under each text.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Redigér historien" }).ClickAsync();
        var intranet = editor.GetByLabel("Delingstekst til intranettet");
        await intranet.FillAsync("Hej kolleger");
        await Expect(editor.Locator("#StoryPart_ShareTexts_Intranet-count")).ToHaveTextAsync("12 af 500 tegn");
        await Axe.AssertNoViolationsAsync(editor);
    }

    [Fact]
    public async Task Without_JavaScript_the_share_kit_shows_each_limit_and_count()
    {
        var editor = await NewPageAsync("redaktoer", javaScript: false);
        await editor.GotoAsync("/stories");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Eleverne, der blev" }).First.ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Del historien" }).ClickAsync();

        await Expect(editor.Locator("#share-SocialMedia-hint")).ToHaveTextAsync("Højst 280 tegn.");
        await Expect(editor.Locator("#share-SocialMedia-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]+ af 280 tegn$"));
        await Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Kopiér teksten til sociale medier" })).ToBeHiddenAsync();
    }
}
