using System.Net;

namespace Portal.Web.Tests;

public sealed class SecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Forms_without_an_antiforgery_token_are_refused()
    {
        var editor = await factory.LoginAsync("redaktoer");

        var create = await editor.Http.PostAsync("/admin/contents/create/Page", new FormUrlEncodedContent(new Dictionary<string, string> { ["TitlePart.Title"] = "Uden token", ["submit"] = "publish" }));
        var login = await factory.Anonymous().Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = PortalFactory.DemoPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.DoesNotContain("Uden token", await editor.GetPageAsync("/admin/contents"));
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        var response = await factory.Anonymous().GetAsync("/account/login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_login_cookie_is_http_only_and_secure()
    {
        var response = await factory.Anonymous().PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "medarbejder", ["Password"] = PortalFactory.DemoPassword });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".MedPortal.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_Danish_message_and_no_session()
    {
        var client = factory.Anonymous();

        var response = await client.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "redaktoer", ["Password"] = "forkert-Kode1" });

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Forkert brugernavn eller adgangskode.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
