using System.Net;
using System.Text.Json.Nodes;

namespace Portal.Web.Tests.Med;

/// <summary>
/// The JSON API by role: a member or secretary reads the closed item, a non-member employee and an editor see
/// only that it exists, an anonymous caller gets 401; bad input gets a Danish 400 or 404.
/// </summary>
public sealed class MedApiTests(MedFixture fixture) : IClassFixture<MedFixture>
{
    public static TheoryData<string, bool> Readers() => new()
    {
        { MedFixture.MemberUser, true },
        { MedFixture.SecretaryUser, true },
        { "medarbejder", false },
        { "redaktoer", false },
    };

    public static TheoryData<string> Users() => [MedFixture.MemberUser, MedFixture.SecretaryUser, "medarbejder", "redaktoer"];

    public static TheoryData<string> Endpoints() =>
    [
        "/api/committees",
        "/api/meetings",
        "/api/meetings?committee={committee}&from=2023-01-01&to=2023-12-31",
        "/api/meetings/{meeting}",
        "/api/decisions",
        "/api/decisions?committee={committee}&outcome=Approved&page=1",
    ];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Committees_list_members_by_name_role_and_side_without_user_names(string user)
    {
        var (json, raw) = await GetJsonAsync(user, "/api/committees");

        var committee = json!.AsArray().Single(c => (string?)c!["id"] == fixture.CommitteeId)!;
        Assert.Equal("Testudvalget", (string?)committee["name"]);
        Assert.Equal("TU", (string?)committee["abbreviation"]);
        Assert.Equal("Hovedudvalg", (string?)committee["kind"]);
        Assert.Null((string?)committee["parentId"]);
        var members = committee["members"]!.AsArray();
        Assert.All(members, m => Assert.Equal(["name", "role", "side"], m!.AsObject().Select(p => p.Key).Order()));
        Assert.Equal(["Udvalgsmedlem", "Udvalgssekretær"], members.Select(m => (string?)m!["name"]));
        Assert.Equal(["Member", "Secretary"], members.Select(m => (string?)m!["role"]));
        Assert.Equal(["Employees", "None"], members.Select(m => (string?)m!["side"]));
        Assert.DoesNotContain(MedFixture.MemberUser, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(MedFixture.SecretaryUser, raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Meetings_are_listed_by_committee_and_period(string user)
    {
        var (json, _) = await GetJsonAsync(user, $"/api/meetings?committee={fixture.CommitteeId}&from=2023-04-27&to=2023-04-27");

        var meeting = Assert.Single(json!.AsArray())!;
        Assert.Equal(fixture.MeetingId, (string?)meeting["id"]);
        Assert.Equal(fixture.CommitteeId, (string?)meeting["committeeId"]);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 7, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)meeting["startsUtc"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 11, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)meeting["endsUtc"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Rådhuset", (string?)meeting["location"]);
        Assert.Equal("MinutesPublished", (string?)meeting["status"]);

        var (later, _) = await GetJsonAsync(user, $"/api/meetings?committee={fixture.CommitteeId}&from=2023-04-28");
        Assert.Empty(later!.AsArray());
        var (all, _) = await GetJsonAsync(user, "/api/meetings");
        Assert.Contains(all!.AsArray(), m => (string?)m!["id"] == fixture.MeetingId);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_meeting_shows_the_closed_item_to_members_and_only_its_number_to_others(string user, bool member)
    {
        var (json, raw) = await GetJsonAsync(user, $"/api/meetings/{fixture.MeetingId}");

        Assert.Equal("Testudvalget", (string?)json!["committeeName"]);
        Assert.Equal("MinutesPublished", (string?)json["status"]);
        Assert.Equal("SentApologies", (string?)Assert.Single(json["attendance"]!.AsArray())!["status"]);
        var items = json["items"]!.AsArray();
        Assert.Equal([fixture.OpenItemId, fixture.ClosedItemId], items.Select(i => (string?)i!["id"]));

        var open = items[0]!;
        Assert.Equal("1", (string?)open["number"]);
        Assert.False((bool)open["isClosed"]!);
        Assert.Equal("Åbent testpunkt", (string?)open["title"]);
        Assert.Contains("\"title\":\"Åbent testpunkt\"", raw, StringComparison.Ordinal);
        Assert.Equal("Decision", (string?)open["kind"]);
        Assert.Contains("Åben sagsfremstilling", (string?)open["caseDescription"], StringComparison.Ordinal);
        Assert.Equal("Approved", (string?)open["decision"]!["outcome"]);
        Assert.Equal("2023-04-27", (string?)open["decision"]!["date"]);
        Assert.Equal("Formanden", (string?)open["proposal"]!["proposer"]);

        var closed = items[1]!;
        Assert.Equal("2", (string?)closed["number"]);
        Assert.True((bool)closed["isClosed"]!);
        if (member)
        {
            Assert.Equal("Lukket testpunkt", (string?)closed["title"]);
            Assert.Contains("Fortrolig sagsfremstilling", (string?)closed["caseDescription"], StringComparison.Ordinal);
            Assert.Equal("Approved", (string?)closed["decision"]!["outcome"]);
        }
        else
        {
            Assert.Equal(["id", "isClosed", "number"], closed.AsObject().Select(p => p.Key).Order());
            MedFeedTests.AssertNoClosedContent(raw);
            Assert.DoesNotContain("Lukket testpunkt blev godkendt", raw, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Decisions_hide_closed_items_from_non_members(string user, bool member)
    {
        var (json, raw) = await GetJsonAsync(user, $"/api/decisions?committee={fixture.CommitteeId}");

        Assert.Equal(2, (int)json!["total"]!);
        Assert.Equal(1, (int)json["page"]!);
        Assert.Equal(1, (int)json["pageCount"]!);
        Assert.Equal(25, (int)json["pageSize"]!);
        var rows = json["items"]!.AsArray();
        var open = rows.Single(r => (string?)r!["number"] == "1")!;
        Assert.Equal("Åbent testpunkt", (string?)open["title"]);
        Assert.Equal(fixture.OpenItemId, (string?)open["itemId"]);
        Assert.Equal(fixture.MeetingId, (string?)open["meetingId"]);
        Assert.Equal("Testudvalget", (string?)open["committeeName"]);
        Assert.Equal("Approved", (string?)open["outcome"]);
        Assert.Equal("2023-04-27", (string?)open["date"]);

        var closed = rows.Single(r => (string?)r!["number"] == "2")!;
        Assert.True((bool)closed["isClosed"]!);
        if (member)
        {
            Assert.Equal("Lukket testpunkt", (string?)closed["title"]);
        }
        else
        {
            Assert.Equal(["isClosed", "number"], closed.AsObject().Select(p => p.Key).Order());
            MedFeedTests.AssertNoClosedContent(raw);
        }

        // The outcome of a closed item is its content: filtering on it finds only what the caller may read.
        var (approved, _) = await GetJsonAsync(user, $"/api/decisions?committee={fixture.CommitteeId}&outcome=approved");
        Assert.Equal(member ? 2 : 1, (int)approved!["total"]!);
        var (none, _) = await GetJsonAsync(user, $"/api/decisions?committee={fixture.CommitteeId}&from=2023-04-28");
        Assert.Equal(0, (int)none!["total"]!);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_callers_get_401_not_the_login_page(string route)
    {
        var response = await fixture.Anonymous().GetAsync(Url(route));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Log ind", body, StringComparison.Ordinal);
        MedFeedTests.AssertNoClosedContent(body);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Non_members_never_see_closed_content_and_the_member_gets_danish_letters(string route)
    {
        foreach (var user in new[] { "medarbejder", "redaktoer" })
        {
            var (_, raw) = await GetJsonAsync(user, Url(route));
            MedFeedTests.AssertNoClosedContent(raw);
        }

        // Danish letters as letters, not \u00E6 escapes.
        var (_, member) = await GetJsonAsync(MedFixture.MemberUser, Url(route));
        Assert.DoesNotMatch("\\\\u00(C5|E5|C6|E6|D8|F8)", member);
    }

    [Theory]
    [InlineData("/api/meetings?from=igaar", "from")]
    [InlineData("/api/meetings?to=2023-13-01", "to")]
    [InlineData("/api/meetings?from=27-04-2023", "from")]
    [InlineData("/api/meetings?from=0001-01-01", "from")]
    [InlineData("/api/meetings?to=9999-12-31", "to")]
    [InlineData("/api/meetings?from=1899-12-31", "mellem år 1900 og 2200")]
    [InlineData("/api/meetings?to=2201-01-01", "mellem år 1900 og 2200")]
    [InlineData("/api/decisions?from=0001-01-01", "from")]
    [InlineData("/api/decisions?to=9999-12-31", "to")]
    [InlineData("/api/decisions?from=1899-12-31", "mellem år 1900 og 2200")]
    [InlineData("/api/decisions?to=2201-01-01", "mellem år 1900 og 2200")]
    [InlineData("/api/meetings?from=2023-05-01&to=2023-04-01", "Perioden er tom")]
    [InlineData("/api/decisions?from=igaar", "from")]
    [InlineData("/api/decisions?from=2023-05-01&to=2023-04-01", "Perioden er tom")]
    [InlineData("/api/decisions?outcome=Maaske", "Udfaldet 'Maaske' findes ikke")]
    [InlineData("/api/decisions?outcome=1", "Udfaldet '1' findes ikke")]
    [InlineData("/api/decisions?page=abc", "Siden 'abc' er ugyldig")]
    [InlineData("/api/decisions?page=0", "Siden '0' er ugyldig")]
    [InlineData("/api/decisions?page=-1", "Siden '-1' er ugyldig")]
    [InlineData("/api/decisions?page=99999999999", "Siden '99999999999' er ugyldig")]
    [InlineData("/api/decisions?page=500", "Siden '500' findes ikke")]
    public async Task Bad_input_gets_400_with_a_danish_message(string url, string expected)
    {
        var client = await fixture.LoginAsync("medarbejder");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNotStored(response);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal("Ugyldig forespørgsel", (string?)problem["title"]);
        Assert.Contains(expected, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/meetings/findes-ikke", "Mødet 'findes-ikke' findes ikke.")]
    [InlineData("/api/meetings/{item}", "findes ikke")]
    [InlineData("/api/meetings/{committee}", "findes ikke")]
    [InlineData("/api/meetings?committee=findes-ikke", "Udvalget 'findes-ikke' findes ikke.")]
    [InlineData("/api/decisions?committee={meeting}", "findes ikke")]
    public async Task Unknown_ids_get_404_with_a_danish_message(string route, string expected)
    {
        var client = await fixture.LoginAsync("medarbejder");

        var response = await client.GetAsync(Url(route).Replace("{item}", fixture.OpenItemId, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNotStored(response);
        Assert.Contains(expected, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_after_the_last_is_a_400_that_says_how_many_there_are()
    {
        var client = await fixture.LoginAsync("medarbejder");
        var (last, _) = await GetJsonAsync("medarbejder", $"/api/decisions?committee={fixture.CommitteeId}&page=1");
        Assert.Equal(2, last!["items"]!.AsArray().Count);

        var response = await client.GetAsync($"/api/decisions?committee={fixture.CommitteeId}&page=2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Siden '2' findes ikke: der er 1 side med beslutninger, der passer til filtrene.", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }

    [Theory]
    [InlineData("/api/meetings?from=1900-01-01&to=2200-12-31")]
    [InlineData("/api/decisions?from=1900-01-01&to=2200-12-31")]
    public async Task The_first_and_last_years_are_accepted(string url)
    {
        var (json, _) = await GetJsonAsync("medarbejder", url);

        Assert.NotNull(json);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task No_cache_keeps_an_answer(string route)
    {
        var response = await (await fixture.LoginAsync(MedFixture.MemberUser)).GetAsync(Url(route));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotStored(response);
    }

    [Fact]
    public async Task The_api_is_described_with_openapi_and_browsable_for_signed_in_users()
    {
        var client = await fixture.LoginAsync("medarbejder");

        var (document, _) = await GetJsonAsync("medarbejder", "/openapi/v1.json");
        Assert.Equal("MED-portalen API", (string?)document!["info"]!["title"]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        // One document for the portal: MED's endpoints and those of the modules built on it.
        Assert.Equal(
            ["/api/committees", "/api/decisions", "/api/meetings", "/api/meetings/{id}", "/api/notifications", "/api/recommendations", "/api/search", "/api/stories", "/api/strategies", "/api/strategies/{id}/status", "/api/tasks"],
            paths.Order(StringComparer.Ordinal));
        Assert.NotNull(document["paths"]!["/api/meetings"]!["get"]!["responses"]!["400"]);
        Assert.NotNull(document["paths"]!["/api/meetings/{id}"]!["get"]!["responses"]!["404"]);

        Assert.Equal("Mødets id.", (string?)document["paths"]!["/api/meetings/{id}"]!["get"]!["parameters"]![0]!["description"]);
        var search = document["paths"]!["/api/search"]!["get"]!;
        Assert.NotNull(search["responses"]!["400"]);
        Assert.Equal(["q", "type", "committee", "year", "sort", "page"], search["parameters"]!.AsArray().Select(p => (string?)p!["name"]));

        var reference = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Scalar starts with inline script and styles: allowed on its page, nowhere else.
        Assert.Contains("'unsafe-inline'", reference.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var page = await client.GetAsync("/committees");
        Assert.DoesNotContain("'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/scalar/")).StatusCode);
    }

    private static void AssertNotStored(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.True(cacheControl is { Private: true, NoStore: true }, $"Cache-Control: {cacheControl}");
    }

    private string Url(string route) => route
        .Replace("{committee}", fixture.CommitteeId, StringComparison.Ordinal)
        .Replace("{meeting}", fixture.MeetingId, StringComparison.Ordinal);

    private async Task<(JsonNode? Json, string Raw)> GetJsonAsync(string user, string url)
    {
        var client = await fixture.LoginAsync(user);
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {user} gave {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        return (JsonNode.Parse(raw), raw);
    }
}
