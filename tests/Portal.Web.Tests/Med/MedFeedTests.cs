using System.Net;
using System.Security.Claims;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Med.Services;

namespace Portal.Web.Tests.Med;

/// <summary>
/// The calendars and the minutes feeds, by session and by subscription link: members, other
/// employees and editors all get the meetings, nobody gets closed content, and a bad or revoked
/// link gets 401.
/// </summary>
public sealed partial class MedFeedTests(MedFixture fixture) : IClassFixture<MedFixture>
{
    public static TheoryData<string> Readers() => [MedFixture.MemberUser, MedFixture.SecretaryUser, "medarbejder", "redaktoer"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_calendars_have_the_meeting_with_its_open_items_only(string user)
    {
        var client = await fixture.LoginAsync(user);

        foreach (var url in new[] { "/calendar.ics", $"/committees/{fixture.CommitteeId}/calendar.ics" })
        {
            AssertCalendar(await GetCalendarAsync(client.Http, url));
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_subscription_links_on_the_pages_work_without_a_session(string user)
    {
        var client = await fixture.LoginAsync(user);
        var allPage = await client.GetPageAsync("/committees/subscribe");
        var committeePage = await client.GetPageAsync($"/committees/{fixture.CommitteeId}/subscribe");
        Assert.Contains("Abonnér på kalenderen i Outlook eller på telefonen", allPage);
        Assert.Contains("Abonnér på kalenderen i Outlook eller på telefonen", committeePage);

        var (allCalendar, allMinutes) = LinksOf(allPage);
        var (committeeCalendar, committeeMinutes) = LinksOf(committeePage);

        // Feed readers find the minutes feed in the page's head; the token never goes in a webcal:// link,
        // which calendar apps such as Outlook fetch over plain http.
        Assert.Equal(allMinutes, WebUtility.HtmlDecode(FeedAutodiscovery().Match(allPage).Groups[1].Value));
        Assert.Equal(committeeMinutes, WebUtility.HtmlDecode(FeedAutodiscovery().Match(committeePage).Groups[1].Value));
        Assert.DoesNotContain("webcal:", allPage, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("webcal:", committeePage, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("https://localhost/calendar.ics?token=", allCalendar, StringComparison.Ordinal);
        Assert.StartsWith($"https://localhost/committees/{fixture.CommitteeId}/calendar.ics?token=", committeeCalendar, StringComparison.Ordinal);
        Assert.StartsWith("https://localhost/minutes.atom?token=", allMinutes, StringComparison.Ordinal);
        Assert.StartsWith($"https://localhost/committees/{fixture.CommitteeId}/minutes.atom?token=", committeeMinutes, StringComparison.Ordinal);

        var app = fixture.Anonymous().Http;
        AssertCalendar(await GetCalendarAsync(app, allCalendar));
        AssertCalendar(await GetCalendarAsync(app, committeeCalendar));
        AssertMinutes(await GetFeedAsync(app, allMinutes));
        AssertMinutes(await GetFeedAsync(app, committeeMinutes));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_minutes_feeds_have_the_open_decisions_only(string user)
    {
        var client = await fixture.LoginAsync(user);

        foreach (var url in new[] { "/minutes.atom", $"/committees/{fixture.CommitteeId}/minutes.atom" })
        {
            AssertMinutes(await GetFeedAsync(client.Http, url));
        }
    }

    [Theory]
    [InlineData("/calendar.ics")]
    [InlineData("/committees/{committee}/calendar.ics")]
    [InlineData("/minutes.atom")]
    [InlineData("/committees/{committee}/minutes.atom")]
    public async Task Without_a_session_or_token_the_feeds_send_to_log_in_and_a_bad_token_gets_401(string route)
    {
        var url = route.Replace("{committee}", fixture.CommitteeId, StringComparison.Ordinal);
        var anonymous = fixture.Anonymous().Http;

        var noToken = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, noToken.StatusCode);
        Assert.Contains("/account/login", noToken.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var token in new[] { "", "ikke-et-token", "CfDJ8" + new string('A', 120) })
        {
            var response = await anonymous.GetAsync($"{url}?token={token}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            AssertNoClosedContent(await response.Content.ReadAsStringAsync());
        }

        // A bad token is refused even beside a valid session: the token decides.
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync($"{url}?token=ikke-et-token")).StatusCode);
    }

    [Fact]
    public async Task A_new_password_or_deactivation_revokes_the_link()
    {
        var (userName, _) = await NewEmployeeAsync();
        var client = new PortalClient(fixture.CreateClient());
        await client.LoginAsync(userName, PortalFactory.DemoPassword);
        var (calendar, minutes) = LinksOf(await client.GetPageAsync("/committees/subscribe"));
        var app = fixture.Anonymous().Http;
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(calendar)).StatusCode);

        await WithUserAsync(userName, async (users, user) =>
        {
            var reset = await users.GeneratePasswordResetTokenAsync(user);
            Assert.True((await users.ResetPasswordAsync(user, reset, "Nyt-Kodeord-2026")).Succeeded);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync(calendar)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync(minutes)).StatusCode);

        // A link made after the change works, until the account is deactivated.
        var fresh = await TokenForAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync($"/calendar.ics?token={fresh}")).StatusCode);
        await WithUserAsync(userName, async (users, user) =>
        {
            user.IsDisabled = true;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync($"/calendar.ics?token={fresh}")).StatusCode);
    }

    [Fact]
    public async Task A_token_carries_the_users_permissions()
    {
        var (userName, _) = await NewEmployeeAsync(role: null);
        var token = await TokenForAsync(userName);

        // A valid account without the permission to read MED is known but not allowed.
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Anonymous().GetAsync($"/calendar.ics?token={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Anonymous().GetAsync($"/minutes.atom?token={token}")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_committee_has_no_feed()
    {
        var client = await fixture.LoginAsync("medarbejder");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/committees/findes-ikke/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/committees/findes-ikke/minutes.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/committees/{fixture.MeetingId}/calendar.ics")).StatusCode);
    }

    private void AssertCalendar(string ics)
    {
        AssertNoClosedContent(ics);
        Assert.Contains($"DTSTART:20230427T070000Z", ics, StringComparison.Ordinal);

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var meeting = Assert.Single(calendar.Events, e => e.Uid == $"{fixture.MeetingId}@med-portalen");
        Assert.Equal("Møde i Testudvalget", meeting.Summary);
        Assert.True(meeting.Start!.IsUtc);
        Assert.Equal(new DateTime(2023, 4, 27, 7, 0, 0, DateTimeKind.Utc), meeting.Start.AsUtc);
        Assert.Equal(new DateTime(2023, 4, 27, 11, 0, 0, DateTimeKind.Utc), meeting.End!.AsUtc);
        Assert.Equal("Rådhuset", meeting.Location);
        Assert.Equal(new Uri($"https://localhost/meetings/{fixture.MeetingId}"), meeting.Url);
        var lines = meeting.Description!.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("1 Åbent testpunkt", lines);
        Assert.Contains("2 Lukket punkt", lines);
    }

    private void AssertMinutes(SyndicationFeed feed)
    {
        // The demo data may add minutes of its own; this meeting's entry is the one to check.
        var meetingPage = new Uri($"https://localhost/meetings/{fixture.MeetingId}");
        var entry = Assert.Single(feed.Items, i => i.Links.Any(l => l.RelationshipType == "alternate" && l.Uri == meetingPage));
        Assert.Equal($"urn:med-portalen:referat:{fixture.MeetingId}", entry.Id);
        Assert.Equal("Referat: Testudvalget 27-04-2023", entry.Title.Text);
        var summary = ((TextSyndicationContent)entry.Summary).Text;
        Assert.Contains("1 Åbent testpunkt", summary);
        Assert.Contains("Åbent testpunkt blev godkendt.", summary);
        Assert.Contains("Godkendt", summary);
        AssertNoClosedContent(summary);
        Assert.DoesNotContain("Lukket", summary, StringComparison.Ordinal);
    }

    internal static void AssertNoClosedContent(string text)
    {
        Assert.DoesNotContain("Lukket testpunkt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fortrolig sagsfremstilling", text, StringComparison.Ordinal);
    }

    private static async Task<string> GetCalendarAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("private", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<SyndicationFeed> GetFeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        AssertNoClosedContent(text);
        Assert.DoesNotContain("token=", text, StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(text));
        return SyndicationFeed.Load(reader);
    }

    private static (string Calendar, string Minutes) LinksOf(string page) =>
        (WebUtility.HtmlDecode(CalendarLink().Match(page).Groups[1].Value), WebUtility.HtmlDecode(MinutesLink().Match(page).Groups[1].Value));

    private async Task<(string UserName, string Id)> NewEmployeeAsync(string? role = PortalRoles.Employee)
    {
        var userName = $"kalender.{Guid.NewGuid():n}"[..20];
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, DisplayName = "Kalenderbruger" };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return (userName, user.Id);
    }

    private async Task WithUserAsync(string userName, Func<UserManager<PortalUser>, PortalUser, Task> change)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await change(users, (await users.FindByNameAsync(userName))!);
    }

    private async Task<string> TokenForAsync(string userName)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test"));
        return Uri.EscapeDataString((await scope.ServiceProvider.GetRequiredService<FeedTokens>().CreateAsync(principal))!);
    }

    [GeneratedRegex("id=\"kalenderadresse\"[^>]*>([^<]+)</textarea>")]
    private static partial Regex CalendarLink();

    [GeneratedRegex("id=\"feedadresse\"[^>]*>([^<]+)</textarea>")]
    private static partial Regex MinutesLink();

    [GeneratedRegex("<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]+\" href=\"([^\"]+)\"")]
    private static partial Regex FeedAutodiscovery();
}
