using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Med.Models;
using Portal.Notifications.Models;

namespace Portal.Web.Tests.Notifications;

/// <summary>
/// What a committee's meetings tell whom: members and followers hear of the agenda, an item added to
/// it and the minutes, in the portal and by e-mail as each has chosen; an employee who neither is a
/// member nor follows hears nothing; a closed item is named to a non-member only as "Lukket punkt".
/// </summary>
public abstract class NotificationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : NotificationFixture
{
    private const string Member = NotificationFixture.MemberUser;
    private const string Follower = NotificationFixture.FollowerUser;
    private const string Outsider = NotificationFixture.OutsiderUser;

    [Fact]
    public async Task Minutes_published_reach_members_and_followers_in_the_portal_and_by_email_once()
    {
        await fixture.ResetChoicesAsync();
        var day = fixture.NextDay();
        var starts = day.AddDays(1).AddHours(-1);
        var meeting = await fixture.NewMeetingAsync(MeetingStatus.AgendaPublished, starts);
        fixture.MoveTo(starts.AddHours(5));
        await fixture.SaveMeetingAsync(meeting, m => m.Status = MeetingStatus.MinutesPublished);

        var subject = $"Referat: Testudvalget {NotificationFixture.Danish(starts)}";
        foreach (var user in new[] { Member, Follower })
        {
            var minutes = Assert.Single(await fixture.NotificationsOfAsync(user), n => n.Subject == subject);
            Assert.Equal("med.minutes", minutes.Type);
            Assert.Equal($"/meetings/{meeting}", minutes.Url);
            Assert.Contains($"Referatet fra mødet i Testudvalget {NotificationFixture.Danish(starts)} er offentliggjort.", minutes.Body, StringComparison.Ordinal);

            var mail = Assert.Single(await fixture.MailsToAsync(user), m => m.Subject == subject);
            Assert.Contains($"http://localhost:5000/meetings/{meeting}", mail.TextBody, StringComparison.Ordinal);
            Assert.Equal("MED-portalen", mail.From.Mailboxes.Single().Name);
        }

        Assert.DoesNotContain(await fixture.NotificationsOfAsync(Outsider), n => n.Subject == subject);
        Assert.DoesNotContain(await fixture.MailsToAsync(Outsider), m => m.Subject == subject);

        // A correction of published minutes tells nobody again.
        fixture.MoveTo(starts.AddDays(3));
        await fixture.SaveMeetingAsync(meeting, m => m.Location = "Mødelokale 2");
        Assert.Single(await fixture.NotificationsOfAsync(Member), n => n.Subject == subject);
        Assert.Single(await fixture.MailsToAsync(Member), m => m.Subject == subject);
    }

    [Fact]
    public async Task The_agenda_and_an_item_added_to_it_are_told_and_a_closed_item_is_named_only_to_members()
    {
        await fixture.ResetChoicesAsync();
        var day = fixture.NextDay();
        var starts = day.AddDays(9).AddHours(-1);
        var meeting = await fixture.NewMeetingAsync(MeetingStatus.Planned, starts);
        Assert.DoesNotContain(await fixture.NotificationsOfAsync(Member), n => n.ContentItemId == meeting);

        await fixture.SaveMeetingAsync(meeting, m => m.Status = MeetingStatus.AgendaPublished);
        var agenda = $"Dagsorden: Testudvalget {NotificationFixture.Danish(starts)}";
        Assert.Single(await fixture.NotificationsOfAsync(Member), n => n.Subject == agenda);
        Assert.Single(await fixture.NotificationsOfAsync(Follower), n => n.Subject == agenda);
        Assert.DoesNotContain(await fixture.NotificationsOfAsync(Outsider), n => n.Subject == agenda);

        const string secret = "Afskedigelse af medarbejder i Hjemmeplejen Nord";
        var closed = await fixture.AddItemAsync(meeting, "7", secret, isClosed: true);
        var open = await fixture.AddItemAsync(meeting, "8", "Trivselsmåling 2023", isClosed: false);

        var member = await fixture.NotificationsOfAsync(Member);
        Assert.Single(member, n => n.ContentItemId == closed && n.Subject == $"Tillægsdagsorden: {secret}" && !n.Redacted);
        Assert.Single(member, n => n.ContentItemId == open && n.Subject == "Tillægsdagsorden: Trivselsmåling 2023");

        var follower = await fixture.NotificationsOfAsync(Follower);
        var redacted = Assert.Single(follower, n => n.ContentItemId == closed);
        Assert.True(redacted.Redacted);
        Assert.Contains("Lukket punkt", redacted.Subject, StringComparison.Ordinal);
        Assert.Single(follower, n => n.ContentItemId == open && n.Subject == "Tillægsdagsorden: Trivselsmåling 2023");
        foreach (var text in follower.SelectMany(n => new[] { n.Subject, n.Body }).Concat((await fixture.MailsToAsync(Follower)).SelectMany(m => new[] { m.Subject, m.TextBody ?? "" })))
        {
            Assert.DoesNotContain("Afskedigelse", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Hjemmeplejen Nord", text, StringComparison.Ordinal);
        }

        Assert.Single(await fixture.MailsToAsync(Follower), m => (m.Subject ?? "").Contains("Lukket punkt", StringComparison.Ordinal));
        Assert.DoesNotContain(await fixture.NotificationsOfAsync(Outsider), n => n.ContentItemId == closed || n.ContentItemId == open);

        // The follower's list and the API name nothing of it either.
        var client = await fixture.SignInAsync(Follower);
        foreach (var page in new[] { await client.GetPageAsync("/notifications"), await client.GetPageAsync("/api/notifications") })
        {
            Assert.Contains("Lukket punkt", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
            Assert.DoesNotContain("Afskedigelse", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_user_gets_a_kind_as_they_chose_in_the_portal_only_or_in_a_daily_digest()
    {
        await fixture.ResetChoicesAsync();
        var day = fixture.NextDay();
        await fixture.ChooseAsync(Member, "med.minutes", Delivery.InApp);
        await fixture.ChooseAsync(Follower, "med.minutes", Delivery.Digest, new TimeOnly(7, 30));
        var starts = day.AddHours(-2);
        var meeting = await fixture.NewMeetingAsync(MeetingStatus.AgendaPublished, starts);
        await fixture.SaveMeetingAsync(meeting, m => m.Status = MeetingStatus.MinutesPublished);

        var subject = $"Referat: Testudvalget {NotificationFixture.Danish(starts)}";
        Assert.Single(await fixture.NotificationsOfAsync(Member), n => n.Subject == subject);
        Assert.DoesNotContain(await fixture.MailsToAsync(Member), m => m.Subject == subject);
        Assert.Single(await fixture.NotificationsOfAsync(Follower), n => n.Subject == subject);
        Assert.DoesNotContain(await fixture.MailsToAsync(Follower), m => (m.TextBody ?? "").Contains(subject, StringComparison.Ordinal));

        // 07.29 Danish time the next morning: not yet; 07.31: one digest listing it; and only one.
        var pump = fixture.Services.GetRequiredService<Portal.Notifications.Services.NotificationPump>();
        var nextMorning = DateOnly.FromDateTime(Portal.Core.Display.DanishClock.Local(day)).AddDays(1);
        fixture.MoveTo(Portal.Core.Display.DanishClock.ToUtc(nextMorning.ToDateTime(new TimeOnly(7, 29))));
        Assert.Equal(0, await pump.SendDigestsAsync());
        fixture.MoveTo(Portal.Core.Display.DanishClock.ToUtc(nextMorning.ToDateTime(new TimeOnly(7, 31))));
        Assert.Equal(1, await pump.SendDigestsAsync());
        Assert.Equal(0, await pump.SendDigestsAsync());

        var digest = Assert.Single(await fixture.MailsToAsync(Follower), m => (m.TextBody ?? "").Contains(subject, StringComparison.Ordinal));
        Assert.Equal($"Dagens oversigt fra MED-portalen {nextMorning.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK"))}: 1 ny besked", digest.Subject);
        Assert.Contains($"http://localhost:5000/meetings/{meeting}", digest.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_nobody_opens_anothers()
    {
        await fixture.ResetChoicesAsync();
        var day = fixture.NextDay();
        var meeting = await fixture.NewMeetingAsync(MeetingStatus.AgendaPublished, day.AddDays(18));
        var notification = Assert.Single(await fixture.NotificationsOfAsync(Member), n => n.ContentItemId == meeting);

        var member = await fixture.SignInAsync(Member);
        var list = await member.GetJsonAsync("/api/notifications");
        var first = list.GetProperty("items")[0];
        Assert.Equal(notification.Id, first.GetProperty("id").GetInt64());
        Assert.True(first.GetProperty("unread").GetBoolean());
        Assert.True(list.GetProperty("unread").GetInt32() >= 1);

        var outsider = await fixture.SignInAsync(Outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/notifications/{notification.Id}")).StatusCode);

        var opened = await member.Http.GetAsync($"/notifications/{notification.Id}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/meetings/{meeting}", opened.Headers.Location!.OriginalString);
        Assert.False((await member.GetJsonAsync("/api/notifications")).GetProperty("items")[0].GetProperty("unread").GetBoolean());

        var page = await member.GetPageAsync("/notifications");
        var marked = await member.Http.PostAsync("/notifications/read", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PortalClient.TokenOf(page) }));
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(0, (await member.GetJsonAsync("/api/notifications")).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task Bad_choices_and_broken_templates_are_refused_and_change_nothing()
    {
        await fixture.ResetChoicesAsync();
        var day = fixture.NextDay();
        var member = await fixture.SignInAsync(Member);
        var form = await member.GetPageAsync("/notifications/preferences");
        foreach (var (delivery, digestAt) in new[] { ("Email", "25:99"), ("Telegram", "07:00"), ("Email", "") })
        {
            var refused = await member.Http.PostAsync("/notifications/preferences", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
                ["delivery[med.minutes]"] = delivery,
                ["digestAt"] = digestAt,
            }));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Dine valg er ikke gemt", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Portal.Core.Data.PortalDbContext>();
            Assert.False(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Set<NotificationPreference>()));
        }

        var admin = await fixture.SignInAsync("admin");
        var editor = await admin.GetPageAsync("/admin/notifications/templates/med.minutes");
        var broken = await admin.Http.PostAsync("/admin/notifications/templates/med.minutes", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(editor),
            ["subject"] = "Referat {{ values.committee }}",
            ["body"] = "Første linje\n{% if values.committee %}\nIngen slutning",
            ["action"] = "save",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var answer = WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync());
        Assert.Contains("Skabelonen er ikke gemt", answer, StringComparison.Ordinal);
        Assert.Matches("Tekst: Linje [23]", answer);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.PostAsync("/admin/notifications/templates/findes.ikke", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PortalClient.TokenOf(editor) }))).StatusCode);

        // The module's own template is still the one in use; a valid one is used from the next notification.
        var first = await fixture.NewMeetingAsync(MeetingStatus.AgendaPublished, day.AddHours(-1));
        await fixture.SaveMeetingAsync(first, m => m.Status = MeetingStatus.MinutesPublished);
        Assert.Single(await fixture.NotificationsOfAsync(Member), n => n.ContentItemId == first && n.Subject == $"Referat: Testudvalget {NotificationFixture.Danish(day.AddHours(-1))}");

        var saved = await admin.Http.PostAsync("/admin/notifications/templates/med.minutes", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(editor),
            ["subject"] = "Nyt referat til {{ recipient.name }} fra {{ values.committee }}",
            ["body"] = "Læs det: {{ url }}",
            ["action"] = "save",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var second = await fixture.NewMeetingAsync(MeetingStatus.AgendaPublished, day.AddMinutes(-30));
        await fixture.SaveMeetingAsync(second, m => m.Status = MeetingStatus.MinutesPublished);
        Assert.Single(await fixture.NotificationsOfAsync(Member), n => n.ContentItemId == second && n.Subject == "Nyt referat til Udvalgsmedlem fra Testudvalget");
        await fixture.ResetChoicesAsync();
    }
}

public sealed class SqliteNotificationTests(NotificationFixture fixture) : NotificationTests<NotificationFixture>(fixture);

public sealed class PostgresNotificationTests(PostgresNotificationFixture fixture) : NotificationTests<PostgresNotificationFixture>(fixture);
