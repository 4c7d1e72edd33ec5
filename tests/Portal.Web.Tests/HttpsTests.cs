using System.Net;

namespace Portal.Web.Tests;

/// <summary>Production sends cookies over HTTPS only: plain HTTP gets a page saying what to configure, a configured proxy works.</summary>
public sealed class HttpsTests
{
    private const string Proxy = "10.0.0.1";

    [Fact]
    public async Task Production_over_plain_http_says_what_to_configure_instead_of_failing()
    {
        await using var factory = new EnvironmentFactory("Production");
        var http = factory.CreateRawClient("http://localhost");

        var setup = await http.GetAsync("/setup");
        var post = await http.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string> { ["SiteName"] = "X" }));
        var api = await http.GetAsync("/api/committees");
        var health = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.Forbidden, setup.StatusCode);
        var page = await setup.Content.ReadAsStringAsync();
        Assert.Contains("Portalen kræver HTTPS", page);
        Assert.Contains("https://", page);
        Assert.Contains("Portal:Security:KnownProxies", page);
        Assert.Contains("Portal:Security:SecureCookies=false", page);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("Portalen kræver HTTPS", await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Production_behind_a_configured_TLS_proxy_sets_up_and_logs_in()
    {
        await using var factory = new EnvironmentFactory("Production", new() { ["Portal:Security:KnownProxies:0"] = Proxy });
        var http = ThroughProxy(factory, from: Proxy);

        var form = await http.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var done = await http.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SiteName"] = "Bag proxyen",
            ["UserName"] = "chef",
            ["DisplayName"] = "Chef",
            ["Password"] = "Sikker-Kode-2026",
            ["ConfirmPassword"] = "Sikker-Kode-2026",
            ["__RequestVerificationToken"] = PortalClient.TokenOf(await form.Content.ReadAsStringAsync()),
        }));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_not_configured_are_ignored()
    {
        // Loopback is trusted by ASP.NET Core's defaults; the portal clears them.
        await using var factory = new EnvironmentFactory("Production", new() { ["Portal:Security:KnownProxies:0"] = Proxy });

        await using var unconfigured = new EnvironmentFactory("Production");

        var fromLoopback = await ThroughProxy(factory, from: "127.0.0.1").GetAsync("/setup");
        var fromElsewhere = await ThroughProxy(factory, from: "10.0.0.2").GetAsync("/setup");
        var noProxyConfigured = await ThroughProxy(unconfigured, from: "127.0.0.1").GetAsync("/setup");

        Assert.Equal(HttpStatusCode.Forbidden, fromLoopback.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noProxyConfigured.StatusCode);
    }

    /// <summary>Plain HTTP from <paramref name="from"/> saying it passes on an HTTPS request: what a TLS-terminating proxy sends.</summary>
    private static HttpClient ThroughProxy(PortalFactory factory, string from) =>
        factory.CreateRawClient(
            "http://localhost",
            new CookieJarHandler(),
            new HeadersHandler(new Dictionary<string, string>
            {
                [TestClientAddress.Header] = from,
                ["X-Forwarded-Proto"] = "https",
                ["X-Forwarded-For"] = "198.51.100.7",
            }));
}
