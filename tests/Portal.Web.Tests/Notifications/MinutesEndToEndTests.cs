using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Display;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Notifications;

/// <summary>
/// The "done when", through the pages a secretary uses: the committee's minutes are published,
/// its members and followers get a notification and an e-mail (an .eml file here), nobody else does,
/// and the meeting's Historik shows who published it and when.
/// </summary>
public abstract partial class MinutesEndToEndTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : NotificationFixture
{
    [Fact]
    public async Task Minutes_published_by_the_secretary_reach_members_and_followers_and_the_Historik_shows_who_and_when()
    {
        await fixture.ResetChoicesAsync();
        var now = fixture.NextDay();
        var date = DanishClock.Day(now).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var secretary = await fixture.SignInAsync(MedFixture.SecretaryUser);
        var created = await secretary.PostFormAsync($"/committees/{fixture.CommitteeId}/meetings/new", $"/committees/{fixture.CommitteeId}/meetings/new", new()
        {
            ["MeetingPart.Date"] = date,
            ["MeetingPart.Starts"] = "13:00",
            ["MeetingPart.Ends"] = "15:00",
            ["MeetingPart.Location"] = "Mødelokale 4, Rådhuset",
            ["MeetingPart.Status"] = "AgendaPublished",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meeting = MeetingId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;

        var form = await secretary.GetPageAsync($"/meetings/{meeting}/edit");
        var published = await secretary.Http.PostAsync($"/meetings/{meeting}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["MeetingPart.Date"] = date,
            ["MeetingPart.Starts"] = "13:00",
            ["MeetingPart.Ends"] = "15:00",
            ["MeetingPart.Location"] = "Mødelokale 4, Rådhuset",
            ["MeetingPart.Status"] = "MinutesPublished",
            ["MeetingPart.Attendance[0].Name"] = "Udvalgsmedlem",
            ["MeetingPart.Attendance[0].Status"] = "Present",
        }));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));
        var subject = $"Referat: Testudvalget {day} kl. 13.00";
        foreach (var told in new[] { NotificationFixture.MemberUser, NotificationFixture.FollowerUser })
        {
            Assert.Single(await fixture.NotificationsOfAsync(told), n => n.Subject == subject && n.Url == $"/meetings/{meeting}");
            Assert.Single(await fixture.MailsToAsync(told), m => m.Subject == subject);
        }

        // The secretary published them and is not told; an employee who neither is a member nor follows is not either.
        foreach (var notTold in new[] { MedFixture.SecretaryUser, NotificationFixture.OutsiderUser })
        {
            Assert.DoesNotContain(await fixture.NotificationsOfAsync(notTold), n => n.Subject == subject);
            Assert.DoesNotContain(await fixture.MailsToAsync(notTold), m => m.Subject == subject);
        }

        var member = await fixture.SignInAsync(NotificationFixture.MemberUser);
        Assert.Contains(subject, WebUtility.HtmlDecode(await member.GetPageAsync("/notifications")), StringComparison.Ordinal);

        var history = WebUtility.HtmlDecode(await (await fixture.SignInAsync("admin")).GetPageAsync($"/admin/contents/{meeting}/history"));
        var publishedRow = Regex.Match(history, "<tr>((?:(?!</tr>).)*Indhold udgivet(?:(?!</tr>).)*)</tr>", RegexOptions.Singleline);
        Assert.True(publishedRow.Success, "The Historik has the publication.");
        Assert.Contains(MedFixture.SecretaryUser, publishedRow.Value, StringComparison.Ordinal);
        Assert.Contains(DanishClock.Local(now).ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")), publishedRow.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("/meetings/([0-9a-z]{26})/edit")]
    private static partial Regex MeetingId();
}

public sealed class SqliteMinutesEndToEndTests(NotificationFixture fixture) : MinutesEndToEndTests<NotificationFixture>(fixture);

public sealed class PostgresMinutesEndToEndTests(PostgresNotificationFixture fixture) : MinutesEndToEndTests<PostgresNotificationFixture>(fixture);
