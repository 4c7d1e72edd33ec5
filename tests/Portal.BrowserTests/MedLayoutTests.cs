using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>The MED pages on a phone and on a desktop: nothing important off-screen or squeezed, and a favicon.</summary>
public sealed class MedLayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Phone = 375;

    [Fact]
    public async Task The_register_shows_each_decision_on_a_phone_without_scrolling_sideways()
    {
        var page = await NewPageAsync("medarbejder", Phone, 800);

        await page.GotoAsync("/decisions");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Beslutninger");

        // The row of the seeds' BUU decision; its outcome is the column that used to fall off-screen.
        var row = page.Locator("table tbody tr").Filter(new() { HasText = "Dialogmøde med område MED-udvalget på Socialområdet" });
        var outcome = row.Locator("td").Nth(3);
        await Expect(outcome).ToBeVisibleAsync();
        await Expect(outcome).ToHaveTextAsync("Taget til efterretning");
        var box = await outcome.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Phone, $"The Beslutning cell spans x={box.X}..{box.X + box.Width} on a {Phone}px screen.");

        // Without the table's header row in view, each value still says what it is.
        Assert.Equal("\"Beslutning\"", await outcome.EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        await AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_register_is_a_table_with_headers_on_a_desktop()
    {
        var page = await NewPageAsync("medarbejder");

        await page.GotoAsync("/decisions");

        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Beslutning" })).ToBeVisibleAsync();
        Assert.Equal("none", await page.Locator("table tbody td").First.EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(Phone)]
    public async Task Minutes_headings_shrink_level_by_level_and_items_are_numbered_once(int width)
    {
        var page = await NewPageAsync("medarbejder", width);
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Referat 27. april 2023" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Referat: Hovedudvalget 27-04-2023");

        // Item title > the item's section > a heading written inside that section's text.
        var item = page.Locator("article.agenda-item").Filter(new() { HasText = "Temadrøftelse om fastholdelse og rekruttering" });
        var title = await FontSizeAsync(item.GetByRole(AriaRole.Heading, new() { Level = 2 }));
        var section = await FontSizeAsync(item.GetByRole(AriaRole.Heading, new() { Name = "Sagsfremstilling", Level = 3 }));
        var written = await FontSizeAsync(item.Locator(".content-body h3").First);
        Assert.True(title > section && section > written, $"Heading sizes: item title {title}px, section {section}px, heading in the text {written}px.");

        var attendance = await FontSizeAsync(page.GetByRole(AriaRole.Heading, new() { Name = "Fremmøde", Level = 2 }));
        Assert.True(attendance == title, $"Fremmøde ({attendance}px) and the item titles ({title}px) are headings of the same level.");
        Assert.True(await FontSizeAsync(page.GetByRole(AriaRole.Heading, new() { Name = "Afbud:", Level = 3 })) < attendance);

        // The table of contents shows each item's own number, not a list number before it.
        var first = page.GetByRole(AriaRole.Navigation, new() { Name = "Punkter på dagsordenen" }).Locator("li").First;
        await Expect(first).ToHaveTextAsync("1 Temadrøftelse om fastholdelse og rekruttering");
        Assert.Equal("none", await first.EvaluateAsync<string>("li => getComputedStyle(li).listStyleType"));
    }

    [Theory]
    [InlineData("medarbejder", "/committees")]
    [InlineData("redaktoer", "/admin")]
    public async Task Both_themes_have_a_favicon_that_loads(string user, string path)
    {
        var page = await NewPageAsync(user);
        await page.GotoAsync(path);

        var icon = page.Locator("head link[rel='icon']");
        await Expect(icon).ToHaveCountAsync(1);
        await Expect(icon).ToHaveAttributeAsync("type", "image/svg+xml");
        var href = await icon.EvaluateAsync<string>("link => link.href");
        var response = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/svg+xml", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("<svg", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_member_editor_gives_its_fields_room_and_passes_axe()
    {
        var page = await NewPageAsync("admin");
        await page.GotoAsync("/committees");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalget", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger udvalget" }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Rediger Hovedudvalget");

        var name = page.GetByLabel("Navn", new() { Exact = true }).Nth(1);
        await Expect(name).ToHaveValueAsync("Demo Formand (HU)");
        foreach (var field in new[] { name, page.GetByLabel("Brugernavn").First, page.GetByLabel("Parti eller organisation").First, page.GetByLabel("Fra").First })
        {
            var box = await field.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width >= 150, $"A member field is {box.Width}px wide: {await field.EvaluateAsync<string>("f => f.outerHTML")}");
        }

        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task<double> FontSizeAsync(ILocator heading) =>
        await heading.EvaluateAsync<double>("h => parseFloat(getComputedStyle(h).fontSize)");

    internal static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
    }
}
