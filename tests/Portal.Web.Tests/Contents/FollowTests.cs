using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Contents;

/// <summary>
/// An employee follows a committee or a story area with one button; what they follow (and the
/// committees they are a member of) fills "Mine udvalg" on their front page. The front page shows
/// closed items only to those who may read them.
/// </summary>
public abstract partial class FollowTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task Following_Hovedudvalget_brings_its_minutes_to_the_front_page_and_unfollowing_takes_them_away()
    {
        var employee = await factory.LoginAsync("sekretaer");
        var committee = await CommitteeIdAsync(employee, "Hovedudvalget");
        var before = MyCommittees(await employee.GetPageAsync("/"));
        Assert.DoesNotContain("Hovedudvalget", before, StringComparison.Ordinal);

        var page = await employee.GetPageAsync($"/committees/{committee}");
        Assert.Contains($"formaction=\"/follow/{committee}\"", page, StringComparison.Ordinal);
        var followed = await PostAsync(employee, page, $"/follow/{committee}", $"/committees/{committee}");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Equal($"/committees/{committee}", followed.Headers.Location!.OriginalString);

        var after = MyCommittees(await employee.GetPageAsync("/"));
        Assert.Contains("Hovedudvalget</a>", after, StringComparison.Ordinal);
        Assert.Contains("Følger", after, StringComparison.Ordinal);
        Assert.Matches("Referat: Hovedudvalget, <time [^>]*>27. april 2023</time>", after);
        Assert.Contains("Hovedudvalget", await employee.GetPageAsync("/following"), StringComparison.Ordinal);

        // The committee's page now says so, to this reader only.
        page = await employee.GetPageAsync($"/committees/{committee}");
        Assert.Contains($"formaction=\"/unfollow/{committee}\"", page, StringComparison.Ordinal);
        var other = await factory.LoginAsync("sekretaer.sundhed");
        Assert.Contains($"formaction=\"/follow/{committee}\"", await other.GetPageAsync($"/committees/{committee}"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(employee, page, $"/unfollow/{committee}", $"/committees/{committee}")).StatusCode);
        Assert.DoesNotContain("Hovedudvalget", MyCommittees(await employee.GetPageAsync("/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_employees_with_the_same_access_share_pages_but_not_what_they_follow()
    {
        // Same role, no committees: the same reader keys, so the same cached pages but for what they follow.
        var follower = await NewEmployeeAsync();
        var other = await NewEmployeeAsync();
        var committee = await CommitteeIdAsync(follower, "Hovedudvalget");
        Assert.DoesNotContain("Hovedudvalget</a>", MyCommittees(await other.GetPageAsync("/")), StringComparison.Ordinal);
        Assert.Contains($"formaction=\"/follow/{committee}\"", await other.GetPageAsync($"/committees/{committee}"), StringComparison.Ordinal);

        var page = await follower.GetPageAsync($"/committees/{committee}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(follower, page, $"/follow/{committee}", "/")).StatusCode);

        Assert.Contains("Hovedudvalget</a>", MyCommittees(await follower.GetPageAsync("/")), StringComparison.Ordinal);
        Assert.Contains($"formaction=\"/unfollow/{committee}\"", await follower.GetPageAsync($"/committees/{committee}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Hovedudvalget</a>", MyCommittees(await other.GetPageAsync("/")), StringComparison.Ordinal);
        Assert.Contains($"formaction=\"/follow/{committee}\"", await other.GetPageAsync($"/committees/{committee}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_has_their_committee_without_following_it()
    {
        var member = await factory.LoginAsync("hu.formand");
        var mine = MyCommittees(await member.GetPageAsync("/"));
        Assert.Contains("Hovedudvalget</a>", mine, StringComparison.Ordinal);
        Assert.Contains("Medlem", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_front_page_shows_a_closed_item_only_to_those_who_may_read_it()
    {
        var member = await factory.LoginAsync("hu.formand");
        var employee = await factory.LoginAsync("medarbejder");

        var decisionsForMember = Decisions(await member.GetPageAsync("/"));
        var decisionsForEmployee = Decisions(await employee.GetPageAsync("/"));

        Assert.Contains("Personalesag (demo)", decisionsForMember, StringComparison.Ordinal);
        Assert.Contains("Lukket sag", decisionsForEmployee, StringComparison.Ordinal);
        Assert.DoesNotContain("Personalesag", decisionsForEmployee, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_a_story_area_brings_its_stories_to_the_front_page()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var stories = await employee.GetPageAsync("/stories");
        var area = AreaLink().Match(stories);
        Assert.True(area.Success, "the demo has story areas");
        var (areaId, areaName) = (area.Groups[1].Value, area.Groups[2].Value);
        Assert.DoesNotContain("Fra de områder, du følger", await employee.GetPageAsync("/"), StringComparison.Ordinal);

        var page = await employee.GetPageAsync($"/stories/areas/{areaId}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(employee, page, $"/follow/{areaId}", $"/stories/areas/{areaId}")).StatusCode);

        var front = await employee.GetPageAsync("/");
        var section = front[front.IndexOf("Fra de områder, du følger", StringComparison.Ordinal)..];
        Assert.Contains(areaName, section[..section.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains(areaName, await employee.GetPageAsync("/following"), StringComparison.Ordinal);
        await PostAsync(employee, page, $"/unfollow/{areaId}", "/");
    }

    [Fact]
    public async Task What_cannot_be_followed_is_refused_and_nothing_is_recorded()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var front = await employee.GetPageAsync("/");
        var story = StoryLink().Match(await employee.GetPageAsync("/stories")).Groups[1].Value;

        var notFollowable = await PostAsync(employee, front, $"/follow/{story}", "/");
        Assert.Equal(HttpStatusCode.BadRequest, notFollowable.StatusCode);
        Assert.Contains("kan ikke følges", await notFollowable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(employee, front, "/follow/01aaaaaaaaaaaaaaaaaaaaaaaa", "/")).StatusCode);

        // Without the reader's token the post is refused (no following on someone else's behalf).
        var forged = await employee.Http.PostAsync($"/follow/{await CommitteeIdAsync(employee, "Hovedudvalget")}", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // A return address elsewhere is not followed.
        var committee = await CommitteeIdAsync(employee, "Kommunalbestyrelsen");
        var away = await PostAsync(employee, front, $"/follow/{committee}", "https://example.invalid/");
        Assert.Equal("/following", away.Headers.Location!.OriginalString);
        await PostAsync(employee, front, $"/unfollow/{committee}", "/");

        var following = await employee.GetPageAsync("/following");
        Assert.DoesNotContain(story, following, StringComparison.Ordinal);
        Assert.DoesNotContain("Hovedudvalget", following, StringComparison.Ordinal);
    }

    private async Task<PortalClient> NewEmployeeAsync()
    {
        var userName = $"foelger.{Guid.NewGuid():n}"[..20];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = userName, DisplayName = "Følger (test)" };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PortalRoles.Employee)).Succeeded);
        }

        return await factory.LoginAsync(userName);
    }

    private static Task<HttpResponseMessage> PostAsync(PortalClient client, string page, string action, string returnUrl) =>
        client.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(page),
            ["returnUrl"] = returnUrl,
        }));

    private static async Task<string> CommitteeIdAsync(PortalClient client, string name)
    {
        var match = new Regex($"href=\"/committees/([0-9a-z]{{26}})\">{Regex.Escape(name)}</a>").Match(await client.GetPageAsync("/committees"));
        Assert.True(match.Success, $"{name} is in the committee overview");
        return match.Groups[1].Value;
    }

    private static string MyCommittees(string frontPage) => Section(frontPage, "mine-udvalg");

    private static string Decisions(string frontPage) => Section(frontPage, "seneste-beslutninger");

    private static string Section(string page, string headingId)
    {
        var start = page.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the front page has the section {headingId}");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("href=\"/stories/areas/([0-9a-z]{26})\">([^<]+)</a>")]
    private static partial Regex AreaLink();

    [GeneratedRegex("href=\"/stories/([0-9a-z]{26})\"")]
    private static partial Regex StoryLink();
}

public sealed class SqliteFollowTests(PortalFactory factory) : FollowTests<PortalFactory>(factory);

public sealed class PostgresFollowTests(PostgresPortalFactory factory) : FollowTests<PostgresPortalFactory>(factory);
