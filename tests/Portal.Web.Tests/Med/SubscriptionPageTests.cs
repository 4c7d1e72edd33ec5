using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Med.Services;

namespace Portal.Web.Tests.Med;

/// <summary>
/// The personal subscription addresses live on pages of their own, which no cache may keep; the
/// committee pages, which readers with the same permissions may share, only link to them.
/// </summary>
public abstract partial class SubscriptionPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : MedFixture
{
    [Fact]
    public async Task The_committee_pages_link_to_the_subscription_pages_and_hold_no_token()
    {
        var client = await fixture.LoginAsync("medarbejder");

        var overview = await client.GetPageAsync("/committees");
        var committee = await client.GetPageAsync($"/committees/{fixture.CommitteeId}");

        Assert.Contains("<a href=\"/committees/subscribe\">Abonnér på kalender og referater</a>", overview);
        Assert.Contains($"<a href=\"/committees/{fixture.CommitteeId}/subscribe\">Abonnér på kalender og referater</a>", committee);
        foreach (var page in new[] { overview, committee })
        {
            Assert.DoesNotContain("token=", page, StringComparison.Ordinal);
            Assert.DoesNotContain("application/atom+xml", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("medarbejder")]
    [InlineData(MedFixture.MemberUser)]
    public async Task The_subscription_pages_show_the_readers_own_addresses_and_are_not_stored(string user)
    {
        var client = await fixture.LoginAsync(user);

        foreach (var (url, prefix, title) in new[]
        {
            ("/committees/subscribe", "https://localhost/", "Abonnér på møder og referater i alle udvalg"),
            ($"/committees/{fixture.CommitteeId}/subscribe", $"https://localhost/committees/{fixture.CommitteeId}/", "Abonnér på møder og referater i Testudvalget"),
        })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl!;
            Assert.True(cacheControl.NoStore && cacheControl.Private, $"{url} has Cache-Control: {cacheControl}");

            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<h1>{title}</h1>", page);
            var calendar = WebUtility.HtmlDecode(CalendarAddress().Match(page).Groups[1].Value);
            var minutes = WebUtility.HtmlDecode(FeedAddress().Match(page).Groups[1].Value);
            Assert.StartsWith($"{prefix}calendar.ics?token=", calendar, StringComparison.Ordinal);
            Assert.StartsWith($"{prefix}minutes.atom?token=", minutes, StringComparison.Ordinal);
            Assert.Equal(user, await OwnerAsync(calendar));
            Assert.Equal(user, await OwnerAsync(minutes));
        }
    }

    [Fact]
    public async Task An_unknown_committee_has_no_subscription_page()
    {
        var client = await fixture.LoginAsync("medarbejder");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/committees/findes-ikke/subscribe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/committees/{fixture.MeetingId}/subscribe")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        var response = await fixture.Anonymous().GetAsync("/committees/subscribe");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string?> OwnerAsync(string address)
    {
        var token = Uri.UnescapeDataString(new Uri(address).Query[$"?{FeedTokens.QueryName}=".Length..]);
        await using var scope = fixture.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FeedTokens>().FindUserAsync(token))?.UserName;
    }

    [GeneratedRegex("id=\"kalenderadresse\"[^>]*>([^<]+)</textarea>")]
    private static partial Regex CalendarAddress();

    [GeneratedRegex("id=\"feedadresse\"[^>]*>([^<]+)</textarea>")]
    private static partial Regex FeedAddress();
}

public sealed class SqliteSubscriptionPageTests(MedFixture fixture) : SubscriptionPageTests<MedFixture>(fixture);

public sealed class PostgresSubscriptionPageTests(PostgresMedFixture fixture) : SubscriptionPageTests<PostgresMedFixture>(fixture);
