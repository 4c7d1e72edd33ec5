using System.Net;

namespace Portal.Web.Tests.Med;

/// <summary>Members read closed items; everyone else sees only that they exist — on every MED page.</summary>
public sealed class MedAccessTests(MedFixture fixture) : IClassFixture<MedFixture>
{
    [Theory]
    [InlineData("medarbejder", false)]
    [InlineData(MedFixture.MemberUser, true)]
    [InlineData(MedFixture.SecretaryUser, true)]
    [InlineData("redaktoer", false)]
    [InlineData("admin", false)]
    public async Task The_meeting_page_shows_closed_content_to_members_only(string user, bool member)
    {
        var client = await fixture.LoginAsync(user);

        var page = await client.GetPageAsync($"/meetings/{fixture.MeetingId}");

        Assert.Contains("Referat: Testudvalget 27-04-2023", page);
        Assert.Contains("Åbent testpunkt", page);
        Assert.Contains("Åben sagsfremstilling", page);
        Assert.Contains("Lukket sag", page);
        Assert.Contains("Carsten Willadsen", page);
        Assert.Equal(member, page.Contains("Lukket testpunkt", StringComparison.Ordinal));
        Assert.Equal(member, page.Contains("Fortrolig sagsfremstilling", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("medarbejder", false)]
    [InlineData(MedFixture.MemberUser, true)]
    [InlineData(MedFixture.SecretaryUser, true)]
    [InlineData("redaktoer", false)]
    public async Task The_item_page_of_a_closed_item_shows_only_that_it_exists(string user, bool member)
    {
        var client = await fixture.LoginAsync(user);

        var page = await client.GetPageAsync($"/items/{fixture.ClosedItemId}");

        Assert.Contains("Lukket sag", page);
        Assert.Equal(member, page.Contains("Fortrolig sagsfremstilling", StringComparison.Ordinal));
        Assert.Equal(!member, page.Contains("Lukket punkt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("medarbejder", false)]
    [InlineData(MedFixture.MemberUser, true)]
    [InlineData(MedFixture.SecretaryUser, true)]
    [InlineData("redaktoer", false)]
    public async Task The_decision_register_lists_every_decision_but_hides_closed_ones_content(string user, bool member)
    {
        var client = await fixture.LoginAsync(user);

        var page = await client.GetPageAsync($"/decisions?committee={fixture.CommitteeId}");

        Assert.Contains("Åbent testpunkt", page);
        Assert.Contains("Godkendt", page);
        Assert.Contains("2 beslutninger", page);
        Assert.Equal(member, page.Contains("Lukket testpunkt", StringComparison.Ordinal));

        var approvedOnly = await client.GetPageAsync($"/decisions?committee={fixture.CommitteeId}&outcome=Approved");
        Assert.Contains(member ? "2 beslutninger" : "1 beslutning", approvedOnly);
    }

    [Fact]
    public async Task Committee_pages_show_members_and_minutes()
    {
        var client = await fixture.LoginAsync("medarbejder");

        var overview = await client.GetPageAsync("/committees");
        var committee = await client.GetPageAsync($"/committees/{fixture.CommitteeId}");

        Assert.Contains("Testudvalget", overview);
        Assert.Contains("Udvalgsmedlem", committee);
        Assert.Contains($"/meetings/{fixture.MeetingId}\">Referat <time", committee);
        Assert.Contains("27. april 2023</time>", committee);
        Assert.Contains($"/committees/{fixture.CommitteeId}/minutes", committee);
    }

    [Fact]
    public async Task The_minutes_archive_goes_a_year_at_a_time()
    {
        var client = await fixture.LoginAsync("medarbejder");

        var newest = await client.GetPageAsync($"/committees/{fixture.CommitteeId}/minutes");
        var empty = await client.GetPageAsync($"/committees/{fixture.CommitteeId}/minutes?year=2019");
        var odd = await client.GetPageAsync($"/committees/{fixture.CommitteeId}/minutes?year=tyve");

        Assert.Contains("<h1>Referater: Testudvalget</h1>", newest);
        Assert.Contains("aria-current=\"page\"><strong>2023</strong>", newest);
        Assert.Contains($"/meetings/{fixture.MeetingId}\">Referat <time", newest);
        Assert.Contains("Der er ingen referater fra 2019.", empty);
        Assert.DoesNotContain($"/meetings/{fixture.MeetingId}\"", empty);
        Assert.Contains($"/meetings/{fixture.MeetingId}\">Referat <time", odd);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/committees/findesikke/minutes")).StatusCode);
    }

    [Theory]
    [InlineData("/committees")]
    [InlineData("/decisions")]
    public async Task Anonymous_visitors_are_sent_to_log_in(string route)
    {
        var response = await fixture.Anonymous().GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_and_odd_addresses_give_a_page_not_an_error()
    {
        var client = await fixture.LoginAsync("medarbejder");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/findes-ikke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/meetings/{fixture.OpenItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions?from=igaar&outcome=Maaske&page=99999")).StatusCode);
    }
}
