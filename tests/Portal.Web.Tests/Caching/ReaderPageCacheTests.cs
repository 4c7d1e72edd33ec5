using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Med.Models;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Caching;

/// <summary>
/// Reader pages come from the output cache, shared by readers holding the same keys. What each
/// reader gets must still be exactly theirs: the permission matrix, the newest published version,
/// their membership as it is now, and their own name and antiforgery token.
/// </summary>
public abstract partial class ReaderPageCacheTests<TFixture>(TFixture fixture)
    where TFixture : MedFixture
{
    private const string ClosedTitle = "Lukket testpunkt";
    private const string ClosedText = "Fortrolig sagsfremstilling";

    [Fact]
    public async Task A_member_and_a_non_member_reading_the_same_meeting_in_turn_each_get_only_their_own_page()
    {
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        var employee = await fixture.LoginAsync("medarbejder");
        var fromCache = 0;
        for (var i = 0; i < 10; i++)
        {
            var (memberPage, memberCached) = await ReadAsync(member, $"/meetings/{fixture.MeetingId}");
            var (employeePage, employeeCached) = await ReadAsync(employee, $"/meetings/{fixture.MeetingId}");
            Assert.Contains(ClosedTitle, memberPage);
            Assert.DoesNotContain(ClosedTitle, employeePage);
            Assert.DoesNotContain(ClosedText, employeePage);
            Assert.Contains("Åbent testpunkt", employeePage);
            fromCache += (memberCached ? 1 : 0) + (employeeCached ? 1 : 0);
        }

        // Not a test of rendering: after the first round both pages came from the cache.
        Assert.True(fromCache >= 18, $"only {fromCache} of 20 pages came from the cache");
    }

    [Fact]
    public async Task A_closed_items_own_page_is_cached_for_members_and_stays_redacted_for_others()
    {
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        var employee = await fixture.LoginAsync("medarbejder");
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(ClosedText, (await ReadAsync(member, $"/items/{fixture.ClosedItemId}")).Page);
            var other = await employee.GetAsync($"/items/{fixture.ClosedItemId}");
            Assert.DoesNotContain(ClosedText, await other.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_version_just_published_is_what_the_next_request_gets()
    {
        var employee = await fixture.LoginAsync("medarbejder");
        await ReadAsync(employee, $"/meetings/{fixture.MeetingId}");
        var (page, cached) = await ReadAsync(employee, $"/meetings/{fixture.MeetingId}");
        Assert.True(cached, "the meeting page came from the cache before the change");
        Assert.Contains("Åben sagsfremstilling", page);

        await AlterItemAsync(fixture.OpenItemId, p => p.CaseDescription = "<p>Rettet sagsfremstilling</p>");

        var (after, _) = await ReadAsync(employee, $"/meetings/{fixture.MeetingId}");
        Assert.Contains("Rettet sagsfremstilling", after);
        Assert.DoesNotContain("Åben sagsfremstilling", after);
        await AlterItemAsync(fixture.OpenItemId, p => p.CaseDescription = "<p>Åben sagsfremstilling</p>");
    }

    [Fact]
    public async Task A_member_taken_off_the_committee_no_longer_gets_the_closed_item_on_the_next_request()
    {
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        await ReadAsync(member, $"/meetings/{fixture.MeetingId}");
        Assert.Contains(ClosedTitle, (await ReadAsync(member, $"/meetings/{fixture.MeetingId}")).Page);

        var members = await AlterCommitteeAsync(p => p.Members = [.. p.Members.Where(m => m.UserName != MedFixture.MemberUser)]);
        try
        {
            var (page, _) = await ReadAsync(member, $"/meetings/{fixture.MeetingId}");
            Assert.DoesNotContain(ClosedTitle, page);
            Assert.Contains("Lukket punkt", page);
        }
        finally
        {
            await AlterCommitteeAsync(p => p.Members = members);
        }

        Assert.Contains(ClosedTitle, (await ReadAsync(member, $"/meetings/{fixture.MeetingId}")).Page);
    }

    [Fact]
    public async Task Two_readers_sharing_a_cached_page_each_get_their_own_name_and_a_token_that_works_for_them()
    {
        var first = await fixture.LoginAsync("medarbejder");
        var second = await fixture.LoginAsync(await ColleagueAsync());
        var (firstPage, _) = await ReadAsync(first, $"/meetings/{fixture.MeetingId}");
        var (secondPage, secondCached) = await ReadAsync(second, $"/meetings/{fixture.MeetingId}");

        Assert.True(secondCached, "the colleague, with the same keys, got the page the first reader left in the cache");
        Assert.Equal("Medarbejder (demo)", SignedInAs(firstPage));
        Assert.Equal("Kollega Cachesen", SignedInAs(secondPage));
        Assert.DoesNotContain("Medarbejder (demo)", secondPage);
        Assert.DoesNotContain("portal-hole", secondPage);
        var firstToken = PortalClient.TokenOf(firstPage);
        var secondToken = PortalClient.TokenOf(secondPage);
        Assert.NotEqual(firstToken, secondToken);
        Assert.DoesNotContain(firstToken, secondPage);

        // The first reader's token is refused for the second; the second's own logs them out.
        var borrowed = await second.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", firstToken)]));
        Assert.Equal(HttpStatusCode.BadRequest, borrowed.StatusCode);
        var own = await second.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", secondToken)]));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
    }

    [Fact]
    public async Task Editors_admin_pages_and_a_page_carrying_a_message_are_never_served_from_the_cache()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        foreach (var path in new[] { $"/meetings/{fixture.MeetingId}/edit", $"/items/{fixture.OpenItemId}/edit", $"/items/{fixture.OpenItemId}/history" })
        {
            await secretary.GetPageAsync(path);
            Assert.False((await ReadAsync(secretary, path)).Cached, $"{path} came from the cache");
        }

        var admin = await fixture.LoginAsync("admin");
        await admin.GetPageAsync("/admin");
        Assert.False((await ReadAsync(admin, "/admin")).Cached, "/admin came from the cache");

        // The committee page is cached, but the one that says "saved" is the editor's own.
        await ReadAsync(admin, $"/committees/{fixture.CommitteeId}");
        var form = await admin.GetPageAsync($"/committees/{fixture.CommitteeId}/edit");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["Name"] = "Testudvalget",
            ["Abbreviation"] = "TU",
            ["Kind"] = "Hovedudvalg",
            ["Members[0].Name"] = "Udvalgsmedlem",
            ["Members[0].UserName"] = MedFixture.MemberUser,
            ["Members[0].Role"] = "Member",
            ["Members[0].Side"] = "Employees",
            ["Members[1].Name"] = "Udvalgssekretær",
            ["Members[1].UserName"] = MedFixture.SecretaryUser,
            ["Members[1].Role"] = "Secretary",
        };

        var saved = await admin.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var landing = WebUtility.HtmlDecode(await admin.GetPageAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Udvalget 'Testudvalget' er gemt.", landing);
        Assert.DoesNotContain("er gemt.", WebUtility.HtmlDecode((await ReadAsync(admin, $"/committees/{fixture.CommitteeId}")).Page));
    }

    [Fact]
    public async Task An_address_with_the_caches_key_separators_is_never_cached_nor_shared()
    {
        // The output cache gives such a request an empty key that unrelated requests would share.
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        var employee = await fixture.LoginAsync("medarbejder");
        await ReadAsync(member, $"/meetings/{fixture.MeetingId}?x=%1E");
        var (memberPage, memberCached) = await ReadAsync(member, $"/meetings/{fixture.MeetingId}?x=%1E");
        var (employeePage, employeeCached) = await ReadAsync(employee, "/decisions?x=%1F");

        Assert.False(memberCached || employeeCached, "a request with a key separator came from the cache");
        Assert.Contains(ClosedTitle, memberPage);
        Assert.DoesNotContain(ClosedTitle, employeePage);
    }

    private static async Task<(string Page, bool Cached)> ReadAsync(PortalClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }

    private async Task AlterItemAsync(string id, Action<AgendaItemPart> change)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
        var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
        version.Alter(change);
        await content.SaveAsync(version, publish: true);
    }

    /// <summary>Changes the committee and returns its members as they were.</summary>
    private async Task<List<CommitteeMember>> AlterCommitteeAsync(Action<CommitteePart> change)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(fixture.CommitteeId, VersionOptions.Latest))!;
        var before = latest.As<CommitteePart>().Members;
        var version = (await content.BeginEditAsync(fixture.CommitteeId, latest.ConcurrencyStamp))!;
        version.Alter(change);
        await content.SaveAsync(version, publish: true);
        return before;
    }

    /// <summary>A second employee with exactly the keys of "medarbejder".</summary>
    private async Task<string> ColleagueAsync()
    {
        const string userName = "kollega.cachesen";
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var user = new PortalUser { UserName = userName, DisplayName = "Kollega Cachesen" };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PortalRoles.Employee)).Succeeded);
        }

        return userName;
    }

    private static string SignedInAs(string page) =>
        WebUtility.HtmlDecode(SignedIn().Match(page) is { Success: true } match ? match.Groups[1].Value : "");

    [GeneratedRegex("Logget ind som </span><a [^>]*>([^<]*)</a>")]
    private static partial Regex SignedIn();
}

public sealed class SqliteReaderPageCacheTests(MedFixture fixture) : ReaderPageCacheTests<MedFixture>(fixture), IClassFixture<MedFixture>;

public sealed class PostgresReaderPageCacheTests(PostgresMedFixture fixture) : ReaderPageCacheTests<PostgresMedFixture>(fixture), IClassFixture<PostgresMedFixture>;
