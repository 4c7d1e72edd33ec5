using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Web.Tests;

/// <summary>Logging out, changing the password and deactivating a user end the session on the server: a copy of the old cookie no longer works.</summary>
public sealed class SessionTests
{
    private const string AuthCookie = ".MedPortal.Auth";

    [Fact]
    public async Task A_cookie_replayed_after_logout_leads_to_the_login_page()
    {
        await using var factory = new PortalFactory();
        var (browser, cookie) = await SignInAsync(factory, "medarbejder", PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(factory, cookie)).StatusCode);

        var logout = await browser.PostFormAsync("/", "/account/logout", new());

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        AssertLoginPage(await ReplayAsync(factory, cookie));
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        await using var factory = new PortalFactory();
        var (other, otherCookie) = await SignInAsync(factory, "redaktoer", PortalFactory.DemoPassword);
        var (browser, _) = await SignInAsync(factory, "redaktoer", PortalFactory.DemoPassword);

        var changed = await browser.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword,
            ["NewPassword"] = "Ny-Adgangskode-2026",
            ["ConfirmPassword"] = "Ny-Adgangskode-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);
        AssertLoginPage(await ReplayAsync(factory, otherCookie));
        AssertLoginPage(await other.GetAsync("/"));
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_session_at_once()
    {
        await using var factory = new PortalFactory();
        var (_, cookie) = await SignInAsync(factory, "medarbejder", PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(factory, cookie)).StatusCode);
        var admin = await factory.LoginAsync("admin");
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("medarbejder"))!.Id;
        }

        var disabled = await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/disable", new());

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        AssertLoginPage(await ReplayAsync(factory, cookie));
    }

    /// <summary>A browser signed in as the user, and a copy of its sign-in cookie.</summary>
    private static async Task<(PortalClient Browser, string Cookie)> SignInAsync(PortalFactory factory, string userName, string password)
    {
        var browser = factory.Anonymous();
        var response = await browser.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal)).Split(';')[0];
        return (browser, cookie);
    }

    /// <summary>The front page, requested by someone who copied the cookie.</summary>
    private static Task<HttpResponseMessage> ReplayAsync(PortalFactory factory, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return factory.CreateRawClient().SendAsync(request);
    }

    private static void AssertLoginPage(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }
}
