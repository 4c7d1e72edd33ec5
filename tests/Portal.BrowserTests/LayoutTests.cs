using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>The header works on a desktop and on a phone: menu, current item, the signed-in user, Log af.</summary>
public sealed class LayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Admin_menu_and_Log_af_are_visible_and_nothing_overflows_the_screen(int width)
    {
        var page = await NewPageAsync("redaktoer", width);

        await page.GotoAsync("/admin/contents/create/Page");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Administrationsmenu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Overblik" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Indhold" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Til portalen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Redaktør (demo)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log af" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gem og udgiv" })).ToBeVisibleAsync();

        // Only the most specific menu item is current.
        await Expect(menu.Locator("[aria-current]")).ToHaveCountAsync(1);
        await Expect(menu.Locator("[aria-current]")).ToHaveTextAsync("Indhold");

        // Menu items are apart from each other, not run together.
        var first = await menu.GetByRole(AriaRole.Link, new() { Name = "Overblik" }).Locator("span").BoundingBoxAsync();
        var second = await menu.GetByRole(AriaRole.Link, new() { Name = "Indhold" }).Locator("span").BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(second.X >= first.X + first.Width + 8 || second.Y >= first.Y + first.Height, $"Menu items touch: Overblik {first.X}+{first.Width}, Indhold at {second.X}.");

        // The menu lines up with the page's content rather than with the edge of the screen.
        var heading = await Ui.Heading(page).BoundingBoxAsync();
        Assert.NotNull(heading);
        Assert.True(Math.Abs(first.X - heading.X) <= 4, $"The menu starts at x={first.X}, the heading at x={heading.X}.");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a {width}px screen.");
    }

    [Fact]
    public async Task Published_page_on_a_phone_shows_the_menu_and_the_whole_text()
    {
        var page = await NewPageAsync("medarbejder", 390);

        await page.GotoAsync("/saadan-bruger-du-portalen");

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log af" })).ToBeVisibleAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Sådan bruger du portalen");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the screen.");
    }
}
