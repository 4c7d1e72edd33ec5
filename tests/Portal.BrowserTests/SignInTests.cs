using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Editor_logs_in_with_the_Danish_form_and_lands_on_the_front_page()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/account/login");
        await Expect(page).ToHaveTitleAsync("Log ind – MED-portalen");
        await page.GetByLabel("Brugernavn", new() { Exact = true }).FillAsync("redaktoer");
        await page.GetByLabel("Adgangskode", new() { Exact = true }).FillAsync("Forkert-Kode-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Forkert brugernavn eller adgangskode.").First).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Uri(Fixture.BaseAddress, "/account/login").ToString());

        await page.GetByLabel("Adgangskode", new() { Exact = true }).FillAsync(PortalServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(Fixture.BaseAddress, "/").ToString());
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Velkommen til MED-portalen");
        await Expect(page.GetByRole(AriaRole.Banner).GetByText("Redaktør (demo)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log af" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Log_af_signs_out()
    {
        var page = await NewPageAsync();
        await Ui.LogInAsync(page, "medarbejder", PortalServer.DemoPassword);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log af", Exact = true }).ClickAsync();
        Fixture.ForgetSession("medarbejder");

        await Expect(page).ToHaveURLAsync(new Uri(Fixture.BaseAddress, "/account/login").ToString());
        await Expect(Ui.Notification(page)).ToHaveTextAsync("Du er logget ud.");
        await page.GotoAsync("/om-portalen");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Log ind");
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_login_page()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/admin/contents");

        await Expect(page).ToHaveURLAsync(new Uri(Fixture.BaseAddress, "/account/login?ReturnUrl=%2Fadmin%2Fcontents").ToString());
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Log ind");
    }
}
