using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Search.Services;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Search;

/// <summary>
/// The test committee with items whose words occur nowhere else in the demo data: an open one, a
/// closed one, one shared in confidence until 1 June 2023, and two about "sundhed" and "omsorg";
/// plus an employee who is in no committee. The index has applied every task when a test starts.
/// </summary>
public class SearchFixture : MinutesFixture
{
    public const string OutsiderUser = "soeg.udenfor";

    /// <summary>May read content, but none of MED's, the recommendations' or the stories' pages.</summary>
    public const string ConsultantUser = "soeg.konsulent";
    public static readonly DateTime ConfidentialUntil = new(2023, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    public SearchFixture()
    {
    }

    protected SearchFixture(string provider)
        : base(provider)
    {
    }

    public string DanishItemId { get; private set; } = "";

    public string PhraseItemId { get; private set; } = "";

    public string ScatteredItemId { get; private set; } = "";

    public string SecretItemId { get; private set; } = "";

    public string ConfidentialItemId { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var outsider = new PortalUser { UserName = OutsiderUser, DisplayName = "Søren Udenfor" };
        Assert.True((await users.CreateAsync(outsider, DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(outsider, PortalRoles.Employee)).Succeeded);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>();
        var consultants = new PortalRole { Name = "Ekstern konsulent" };
        Assert.True((await roles.CreateAsync(consultants)).Succeeded);
        await roles.AddClaimAsync(consultants, new System.Security.Claims.Claim(Permission.ClaimType, "ViewContent"));
        scope.ServiceProvider.GetRequiredService<IPermissionService>().Invalidate();
        var consultant = new PortalUser { UserName = ConsultantUser, DisplayName = "Konsulent Kirsten" };
        Assert.True((await users.CreateAsync(consultant, DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(consultant, consultants.Name)).Succeeded);

        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        DanishItemId = await ItemAsync(content, "11", "Blåbærgrød på Ærø", isClosed: false,
            "Kvadraturens anbefaling om rekruttering af plukkere fra Østerbro.");
        PhraseItemId = await ItemAsync(content, "12", "Zulufjord: Sundhed og Omsorg", isClosed: false,
            "Zulufjords plan for Sundhed og Omsorg.");
        ScatteredItemId = await ItemAsync(content, "13", "Zulufjord og trivsel", isClosed: false,
            "Omsorg for hinanden. Sundhed kommer af trivsel i zulufjord.");
        SecretItemId = await ItemAsync(content, "14", "Xylofonkvartettens budget", isClosed: true,
            "Xylofonkvartetten får flere penge til noder.");
        ConfidentialItemId = await ItemAsync(content, "15", "Yachthavnens udvidelse", isClosed: false,
            "Yachthavnen udvides mod nord, delt i fortrolighed.", item =>
            {
                item.ConfidentialUntilUtc = ConfidentialUntil;
                item.ConfidentialCommitteeIds = [CommitteeId];
            });
        await CatchUpAsync();
    }

    /// <summary>Applies every indexing task written so far to this host's index.</summary>
    public Task<int> CatchUpAsync() => Services.GetRequiredService<SearchIndexPump>().CatchUpAsync(waitForGaps: false);

    /// <summary>
    /// Waits (at most 20 s) until nothing has been written for a second: background services may
    /// still be handing on earlier tests' saves (notifications), and each write empties the page
    /// caches a test is about to look at.
    /// </summary>
    public async Task QuietAsync()
    {
        var signal = Services.GetRequiredService<Portal.Core.Caching.ReadCacheSignal>();
        var generation = signal.Generation;
        var quietSince = DateTime.UtcNow;
        var deadline = quietSince.AddSeconds(20);
        while (DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            if (signal.Generation != generation)
            {
                (generation, quietSince) = (signal.Generation, DateTime.UtcNow);
            }
        }
    }
}

public sealed class PostgresSearchFixture() : SearchFixture("Postgres");

/// <summary>How the tests search: the JSON API as the user, read into what they assert on.</summary>
internal static class SearchSteps
{
    public static async Task<SearchAnswer> SearchAsync(this PortalClient client, string query, string extra = "")
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}{extra}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"search '{query}' gave {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new SearchAnswer(
            json.GetProperty("total").GetInt32(),
            [.. json.GetProperty("hits").EnumerateArray().Select(h => new SearchAnswerHit(
                h.GetProperty("id").GetString()!,
                h.GetProperty("type").GetString()!,
                h.GetProperty("typeLabel").GetString()!,
                h.GetProperty("title").GetString()!,
                h.GetProperty("url").GetString()!,
                h.GetProperty("committee").GetString(),
                h.GetProperty("date").ValueKind == JsonValueKind.Null ? null : h.GetProperty("date").GetDateTimeOffset(),
                h.GetProperty("snippet").GetString()!))],
            Facet(json, "type"),
            Facet(json, "committee"),
            Facet(json, "year"),
            json.GetProperty("pages").GetInt32());
    }

    private static Dictionary<string, int> Facet(JsonElement json, string name) =>
        json.GetProperty("facets").GetProperty(name).EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    /// <summary>The titles the search box would suggest.</summary>
    public static async Task<string> SuggestAsync(this PortalClient client, string typed) =>
        await client.GetPageAsync($"/search/suggest?q={Uri.EscapeDataString(typed)}");
}

internal sealed record SearchAnswer(
    int Total,
    IReadOnlyList<SearchAnswerHit> Hits,
    IReadOnlyDictionary<string, int> Types,
    IReadOnlyDictionary<string, int> Committees,
    IReadOnlyDictionary<string, int> Years,
    int Pages)
{
    public IEnumerable<string> Ids => Hits.Select(h => h.Id);
}

internal sealed record SearchAnswerHit(string Id, string Type, string TypeLabel, string Title, string Url, string? Committee, DateTimeOffset? Date, string Snippet);
