using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Site;

namespace Portal.Web.Tests.Caching;

/// <summary>One node of two sharing a PostgreSQL database and a Redis server.</summary>
public sealed class NodeFactory(string connectionString, string redis) : PortalFactory("Postgres", settings: new()
{
    ["ConnectionStrings:Portal"] = connectionString,
    ["Redis:Configuration"] = redis,
});

/// <summary>
/// Two portal nodes behind one address: a sign-in made on one is read by the other (the
/// data-protection keys are in Redis), and a page published on one is what the other serves next,
/// though it had the page in its cache.
/// </summary>
public sealed partial class TwoNodeTests
{
    [Fact]
    public async Task A_page_published_on_one_node_is_served_by_the_other_within_a_second()
    {
        var (first, second) = NewNodes();
        await using var firstNode = first;
        await using var secondNode = second;
        var cookie = await SignInAsync(first.CreateRawClient(), "medarbejder");
        var secondClient = second.CreateRawClient();

        var (before, _) = await ReadAsync(secondClient, cookie);
        var (_, cached) = await ReadAsync(secondClient, cookie);
        Assert.Contains("MED står for medindflydelse", before);
        Assert.True(cached, "the second node had the page in its cache");

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var id = await db.ContentItems.Where(c => c.Published && c.DisplayText == "Om MED-portalen").Select(c => c.ContentItemId).SingleAsync();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
            version.Content["HtmlBodyPart"] = new JsonObject { ["html"] = "<p>Rettet på den første node.</p>" };
            await content.SaveAsync(version, publish: true);
        }

        var published = DateTime.UtcNow;
        string after;
        do
        {
            (after, _) = await ReadAsync(secondClient, cookie);
        }
        while (!after.Contains("Rettet på den første node.", StringComparison.Ordinal) && DateTime.UtcNow - published < TimeSpan.FromSeconds(1) && await Pause());

        Assert.Contains("Rettet på den første node.", after);
        Assert.DoesNotContain("MED står for medindflydelse", after);
    }

    /// <summary>The site settings are kept in each node's memory; a change on one must reach the other.</summary>
    [Fact]
    public async Task The_site_name_changed_on_one_node_is_shown_by_the_other_within_a_second()
    {
        var (first, second) = NewNodes();
        await using var firstNode = first;
        await using var secondNode = second;
        var cookie = await SignInAsync(first.CreateRawClient(), "medarbejder");
        var secondClient = second.CreateRawClient();
        var (before, _) = await ReadAsync(secondClient, cookie);
        Assert.Contains("MED-portalen · intranet", before);

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var sites = scope.ServiceProvider.GetRequiredService<ISiteService>();
            var current = await sites.GetAsync();
            await sites.SaveAsync(new SiteSettings { SiteName = "Intranettet for MED", IsSetUp = true, SetUpUtc = current.SetUpUtc });
        }

        var saved = DateTime.UtcNow;
        string after;
        do
        {
            (after, _) = await ReadAsync(secondClient, cookie);
        }
        while (!after.Contains("Intranettet for MED · intranet", StringComparison.Ordinal) && DateTime.UtcNow - saved < TimeSpan.FromSeconds(1) && await Pause());

        Assert.Contains("Intranettet for MED · intranet", after);
    }

    /// <summary>Two nodes on a new PostgreSQL database and the test Redis; the first has set the site up.</summary>
    private static (NodeFactory First, NodeFactory Second) NewNodes()
    {
        var redis = Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS");
        Assert.False(string.IsNullOrWhiteSpace(redis), "PORTAL_TEST_REDIS is not set. Run the tests with ./test.sh, which starts a throw-away Redis and sets it.");
        var database = TestDatabases.NewPostgresDatabase();
        var first = new NodeFactory(database, redis!);
        // The first node runs the recipe before the second starts.
        _ = first.Services;
        return (first, new NodeFactory(database, redis!));
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }

    private static async Task<(string Page, bool Cached)> ReadAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/om-portalen");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }

    /// <summary>Signs in and returns the Cookie header of the session and its antiforgery cookie (not the one-time welcome message).</summary>
    private static async Task<string> SignInAsync(HttpClient client, string userName)
    {
        var form = await client.GetAsync("/account/login");
        var antiforgery = CookiesOf(form);
        var token = PortalClient.TokenOf(await form.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = PortalFactory.DemoPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return $"{antiforgery}; {CookiesOf(signedIn)}";
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => CookiePair().Match(v).Value).Where(v => v.StartsWith(".MedPortal.", StringComparison.Ordinal) && !v.EndsWith('='))
            : []);

    [GeneratedRegex("^[^;]+")]
    private static partial Regex CookiePair();
}
