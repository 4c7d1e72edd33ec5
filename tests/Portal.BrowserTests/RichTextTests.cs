using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>The rich-text editor on the textareas marked data-rich-text, and those textareas without it.</summary>
public sealed partial class RichTextTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A real 1×1 PNG, so the browser can show it.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_secretary_writes_paragraphs_a_list_a_table_and_an_image_and_readers_see_them()
    {
        var page = await NewPageAsync("sekretaer");
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Områdeudvalget for Socialområdet", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt møde" }).ClickAsync();
        await page.GetByLabel("Dato").FillAsync("2026-12-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mødet" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Forbered mødet i Områdeudvalget for Socialområdet");

        // The item, with the poster as bilag, so that it is in the media library for the item.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj et punkt" }).ClickAsync();
        await page.GetByLabel("Nummer").FillAsync("1");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Trivsel og budget");
        await page.GetByLabel("Tilføj bilag").SetInputFilesAsync(new FilePayload { Name = "trivselsplakat.png", MimeType = "image/png", Buffer = Png });

        var text = await Ui.RichTextAsync(page, "Sagsfremstilling");
        var toolbar = Ui.RichTextToolbar(page, "Sagsfremstilling");
        await text.ClickAsync();
        await page.Keyboard.TypeAsync("Udvalget drøfter trivslen.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Budgettet er lagt.");
        await page.Keyboard.PressAsync("Enter");
        await Button(toolbar, "Punktliste").ClickAsync();
        await Expect(Button(toolbar, "Punktliste")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.TypeAsync("Sygefravær");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Trivselsmåling");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await Button(toolbar, "Tabel").ClickAsync();
        await Expect(toolbar.GetByRole(AriaRole.Group, new() { Name = "Tabel", Exact = true })).ToBeVisibleAsync();
        string[] cells = ["Post", "2024", "2025", "Løn", "1.200.000", "1.250.000", "Kurser", "80.000", "95.000"];
        await page.Keyboard.TypeAsync(cells[0]);
        foreach (var cell in cells[1..])
        {
            // Tab goes to the next cell (in the last one it would add a row).
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(cell);
        }

        // The editor with a table, as keyboard and screen-reader users meet it.
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem punktet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToContainTextAsync("Trivsel og budget");

        // The image, picked from the media library: refused without an alternative text.
        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger Trivsel og budget" }).ClickAsync();
        var itemId = ItemEditor().Match(page.Url).Groups["id"].Value;
        text = await Ui.RichTextAsync(page, "Sagsfremstilling");
        await text.ClickAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+End");
        await Button(toolbar, "Billede").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Indsæt billede" });
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "trivselsplakat.png" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Indsæt billede" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fejl: Skriv en alternativ tekst. Et billede kan ikke indsættes uden en tekst, der beskriver det.");
        await Expect(dialog.GetByLabel("Alternativ tekst")).ToBeFocusedAsync();
        await Expect(text.Locator("img")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await dialog.GetByLabel("Alternativ tekst").FillAsync("Plakat fra trivselsdagen");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Indsæt billede" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(text.Locator("img[alt='Plakat fra trivselsdagen']")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem punktet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToContainTextAsync("Trivsel og budget");

        await page.GetByLabel("Dagsorden offentliggjort").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem mødet" }).ClickAsync();
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Mødet er gemt.");

        // An employee reads the published item.
        var reader = await NewPageAsync("medarbejder");
        await reader.GotoAsync($"/items/{itemId}");
        await Expect(Ui.Heading(reader)).ToHaveTextAsync("Trivsel og budget");
        var body = reader.Locator(".content-body").Filter(new() { HasText = "Udvalget drøfter trivslen." });
        await Expect(body.Locator("p")).ToHaveTextAsync(["Udvalget drøfter trivslen.", "Budgettet er lagt."]);
        await Expect(body.Locator("ul li")).ToHaveTextAsync(["Sygefravær", "Trivselsmåling"]);
        await Expect(body.Locator("table thead th[scope=col]")).ToHaveTextAsync(["Post", "2024", "2025"]);
        await Expect(body.Locator("table tbody tr").Nth(0).Locator("td")).ToHaveTextAsync(["Løn", "1.200.000", "1.250.000"]);
        await Expect(body.Locator("table td").Filter(new() { HasText = "95.000" })).ToBeVisibleAsync();
        var image = body.Locator("img[alt='Plakat fra trivselsdagen']");
        await Expect(image).ToBeVisibleAsync();
        Assert.StartsWith("/media/", await image.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the image did not load");
        await Axe.AssertNoViolationsAsync(reader);
    }

    [Fact]
    public async Task The_toolbar_is_one_tab_stop_walked_with_the_arrow_keys_and_Alt_F10_reaches_it_from_the_text()
    {
        var page = await NewPageAsync("redaktoer");
        await page.GotoAsync("/admin/contents/create/Page");
        var text = await Ui.RichTextAsync(page, "Brødtekst");
        var toolbar = Ui.RichTextToolbar(page, "Brødtekst");

        await Expect(toolbar.Locator("button[tabindex='0']")).ToHaveCountAsync(1);
        await text.ClickAsync();
        await page.Keyboard.TypeAsync("Dagsorden");
        await page.Keyboard.PressAsync("Alt+F10");
        await Expect(Button(toolbar, "Brødtekst")).ToBeFocusedAsync();
        await Expect(Button(toolbar, "Brødtekst")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(Button(toolbar, "Overskrift")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(text.Locator("h2")).ToHaveTextAsync("Dagsorden");
        await Expect(text).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+F10");
        await Expect(Button(toolbar, "Overskrift")).ToBeFocusedAsync();
        await Expect(Button(toolbar, "Overskrift")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("End");
        await Expect(Button(toolbar, "Gentag")).ToBeFocusedAsync();
        await Expect(Button(toolbar, "Gentag")).ToHaveAttributeAsync("aria-disabled", "true");
        await page.Keyboard.PressAsync("Escape");
        await Expect(text).ToBeFocusedAsync();
        await Expect(page.Locator("textarea[name='HtmlBodyPart.Html']")).ToHaveValueAsync("<h2>Dagsorden</h2>");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Text_pasted_from_Word_keeps_its_lists_and_table_and_loses_Words_markup()
    {
        const string Word =
            """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=DA>
            <h1>Referat</h1>
            <p class=MsoNormal><b><span style='font-family:Calibri'>Mødet</span></b> blev holdt på Rådhuset.<o:p></o:p></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Trivsel<o:p></o:p></p>
            <p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New";mso-list:Ignore'>o<span>&nbsp;</span></span><![endif]>Sygefravær<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Budget<o:p></o:p></p>
            <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Godkendelse<o:p></o:p></p>
            <table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td width=200 style='width:150pt'><p class=MsoNormal>Post<o:p></o:p></p></td><td width=200><p class=MsoNormal>Beløb<o:p></o:p></p></td></tr>
            <tr><td><p class=MsoNormal>Løn<o:p></o:p></p></td><td><p class=MsoNormal align=right style='text-align:right'>1.200.000<o:p></o:p></p></td></tr></table>
            <p class=MsoNormal><img width=100 src="file:///C:/Users/hu/image001.png" alt="Logo"></p>
            </body></html>
            """;
        var page = await NewPageAsync("redaktoer");

        await Ui.CreatePageAsync(page, "Referat fra Word", Word, "referat-fra-word");

        await page.GotoAsync("/referat-fra-word");
        var body = page.Locator(".content-body");
        await Expect(body.Locator("h2")).ToHaveTextAsync("Referat");
        await Expect(body.Locator(":scope > ul > li")).ToHaveCountAsync(2);
        await Expect(body.Locator(":scope > ul > li > ul > li")).ToHaveTextAsync("Sygefravær");
        await Expect(body.Locator(":scope > ol > li")).ToHaveTextAsync("Godkendelse");
        await Expect(body.Locator("table td")).ToHaveTextAsync(["Post", "Beløb", "Løn", "1.200.000"]);
        await Expect(body.Locator("img")).ToHaveCountAsync(0);
        await Expect(body).Not.ToContainTextAsync("·");
        Assert.DoesNotContain("Mso", await body.InnerHTMLAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Without_JavaScript_the_textarea_is_there_and_plain_text_keeps_its_paragraphs_and_list()
    {
        var page = await NewPageAsync("redaktoer", javaScript: false);
        await page.GotoAsync("/admin/contents/create/Page");
        await Expect(page.GetByRole(AriaRole.Toolbar)).ToHaveCountAsync(0);

        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Uden værktøjslinje");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Brødtekst", Exact = true }).FillAsync("Mødet er flyttet.\n\nDagsorden:\n- Trivsel\n- Budget");
        await page.GetByLabel("Adresse").FillAsync("uden-vaerktoejslinje");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og udgiv", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(page)).ToHaveTextAsync("'Uden værktøjslinje' er oprettet og udgivet.");

        await page.GotoAsync("/uden-vaerktoejslinje");
        var body = page.Locator(".content-body");
        await Expect(body.Locator("p")).ToHaveTextAsync(["Mødet er flyttet.", "Dagsorden:"]);
        await Expect(body.Locator("ul li")).ToHaveTextAsync(["Trivsel", "Budget"]);
    }

    private static ILocator Button(ILocator toolbar, string name) =>
        toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [System.Text.RegularExpressions.GeneratedRegex("/items/(?<id>[^/]+)/edit$")]
    private static partial System.Text.RegularExpressions.Regex ItemEditor();
}
