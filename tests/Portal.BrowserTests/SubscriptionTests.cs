using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The subscription addresses, on the page a committee's page links to: shown whole on a phone, copied
/// by the "Kopiér" button (mouse or keyboard) with a confirmation a screen reader announces, and
/// selectable by hand without JavaScript.
/// </summary>
public sealed class SubscriptionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Phone = 375;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_addresses_are_shown_whole_on_a_phone(bool javaScript)
    {
        var page = await SubscriptionPageAsync(Phone, javaScript);

        foreach (var (label, path) in new[] { ("Din kalenderadresse", "/calendar.ics?token="), ("Din feedadresse til referaterne", "/minutes.atom?token=") })
        {
            var field = page.GetByLabel(label);
            await Expect(field).ToBeVisibleAsync();
            await Expect(field).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^http://127\\.0\\.0\\.1:\\d+/committees/[0-9a-z]{{26}}{System.Text.RegularExpressions.Regex.Escape(path)}\\S{{40,}}$"));
            var box = await field.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= Phone, $"{label} spans x={box.X}..{box.X + box.Width} on a {Phone}px screen.");
            var hidden = await field.EvaluateAsync<int[]>("f => [f.scrollWidth - f.clientWidth, f.scrollHeight - f.clientHeight]");
            Assert.True(hidden[0] <= 0 && hidden[1] <= 1, $"{label}: {hidden[0]}px of the address are hidden sideways, {hidden[1]}px below.");
        }

        // The button needs JavaScript to copy; without it, it is not offered.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kopiér kalenderadressen" })).ToBeVisibleAsync(new() { Visible = javaScript });
        await MedLayoutTests.AssertNoSidewaysScrollAsync(page);
    }

    [Fact]
    public async Task Kopier_copies_the_address_and_says_so_by_mouse_and_by_keyboard()
    {
        var page = await SubscriptionPageAsync(1280, javaScript: true);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Fixture.BaseAddress.GetLeftPart(UriPartial.Authority) });

        await page.GetByRole(AriaRole.Button, new() { Name = "Kopiér kalenderadressen" }).ClickAsync();
        var calendarStatus = page.Locator("[data-copy-address]").Filter(new() { Has = page.GetByLabel("Din kalenderadresse") }).Locator("[aria-live=polite]");
        await Expect(calendarStatus).ToHaveTextAsync("Kalenderadressen er kopieret. Sæt den ind i din kalender som internetkalender.");
        Assert.Equal(await page.GetByLabel("Din kalenderadresse").InputValueAsync(), await ClipboardAsync(page));

        var feedButton = page.GetByRole(AriaRole.Button, new() { Name = "Kopiér feedadressen" });
        await feedButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var feedStatus = page.Locator("[data-copy-address]").Filter(new() { Has = page.GetByLabel("Din feedadresse til referaterne") }).Locator("[aria-live=polite]");
        await Expect(feedStatus).ToHaveTextAsync("Feedadressen er kopieret. Sæt den ind i dit program til nyhedsfeeds.");
        Assert.Equal(await page.GetByLabel("Din feedadresse til referaterne").InputValueAsync(), await ClipboardAsync(page));

        // Feed readers find the feed in the page's head.
        var alternate = page.Locator("head link[rel=alternate][type='application/atom+xml']");
        await Expect(alternate).ToHaveAttributeAsync("title", "Referater fra Hovedudvalget (Atom)");
        await Expect(alternate).ToHaveAttributeAsync("href", await page.GetByLabel("Din feedadresse til referaterne").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    private async Task<IPage> SubscriptionPageAsync(int width, bool javaScript)
    {
        var page = await NewPageAsync("medarbejder", width, 900, javaScript);
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Hovedudvalget");
        await page.GetByRole(AriaRole.Link, new() { Name = "Abonnér på kalender og referater" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Abonnér på møder og referater i Hovedudvalget");
        return page;
    }

    private static Task<string> ClipboardAsync(IPage page) => page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
}
