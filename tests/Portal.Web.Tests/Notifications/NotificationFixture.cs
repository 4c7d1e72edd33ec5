using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Contents.Following;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Med;
using Portal.Med.Models;
using Portal.Notifications.Models;
using Portal.Notifications.Services;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Notifications;

/// <summary>
/// The test committee on a moving clock, with e-mail addresses, a follower who is no member and an
/// employee who neither is nor follows; e-mails are written as .eml files under the data path.
/// </summary>
public class NotificationFixture : MinutesFixture
{
    public const string FollowerUser = "udvalg.foelger";
    public const string OutsiderUser = "udvalg.udenfor";

    public NotificationFixture()
    {
    }

    protected NotificationFixture(string provider)
        : base(provider)
    {
    }

    public string MailDirectory => Path.Combine(DataPath, "mail");

    /// <summary>
    /// Moves the clock to 08.00 UTC on a day after every time used so far, and gives that time: the
    /// clock only goes forward, since sign-in cookies and data protection keys are dated by it.
    /// </summary>
    public DateTime NextDay()
    {
        var day = Clock.GetUtcNow().UtcDateTime.Date.AddDays(30).AddHours(8);
        Clock.Now = new DateTimeOffset(day, TimeSpan.Zero);
        return day;
    }

    public void MoveTo(DateTime utc)
    {
        Assert.True(utc >= Clock.GetUtcNow().UtcDateTime, "The test clock only goes forward.");
        Clock.Now = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
    }

    /// <summary>A new session: one signed in before the clock moved on by days has expired.</summary>
    public async Task<PortalClient> SignInAsync(string userName)
    {
        var client = Anonymous();
        await client.LoginAsync(userName, DemoPassword);
        return client;
    }

    /// <summary>A meeting's time as the templates write it (Danish time).</summary>
    public static string Danish(DateTime utc) =>
        Portal.Core.Display.DanishClock.Local(utc).ToString("d. MMMM yyyy 'kl.' HH.mm", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));

    public override async Task InitializeAsync()
    {
        Clock.Now = new(2023, 5, 1, 10, 0, 0, TimeSpan.Zero);
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var (userName, name) in new[] { (FollowerUser, "Følger Førsteså"), (OutsiderUser, "Ude Udenfor") })
        {
            var user = new PortalUser { UserName = userName, DisplayName = name };
            await users.CreateAsync(user, DemoPassword);
            await users.AddToRoleAsync(user, PortalRoles.Employee);
        }

        foreach (var userName in new[] { MemberUser, SecretaryUser, FollowerUser, OutsiderUser })
        {
            var user = (await users.FindByNameAsync(userName))!;
            await users.SetEmailAsync(user, $"{userName}@kommune.invalid");
        }

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var follower = (await users.FindByNameAsync(FollowerUser))!;
        db.Add(new ContentFollow { UserId = follower.Id, ContentItemId = CommitteeId, ContentType = MedTypes.Committee, FollowedUtc = Clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        await DeliverAsync();
    }

    /// <summary>Delivers what was written and sends what is due.</summary>
    public Task DeliverAsync() => Services.GetRequiredService<NotificationPump>().DrainAsync();

    public async Task<List<Notification>> NotificationsOfAsync(string userName)
    {
        await DeliverAsync();
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.UserName == userName).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>The e-mails written to one address, as MIME messages.</summary>
    public async Task<List<MimeMessage>> MailsToAsync(string userName)
    {
        await DeliverAsync();
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.Exists(MailDirectory) ? Directory.GetFiles(MailDirectory, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == $"{userName}@kommune.invalid"))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>A new meeting of the test committee.</summary>
    public async Task<string> NewMeetingAsync(MeetingStatus status, DateTime startsUtc)
    {
        await using var scope = Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var meeting = await content.NewAsync(MedTypes.Meeting);
        meeting.Apply(new MeetingPart { CommitteeId = CommitteeId, StartsUtc = startsUtc, EndsUtc = startsUtc.AddHours(2), Location = "Rådhuset", Status = status });
        Assert.True((await content.CreateAsync(meeting, publish: true)).Succeeded);
        return meeting.ContentItemId;
    }

    public async Task SaveMeetingAsync(string id, Action<MeetingPart> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
        var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
        version.Alter(change);
        Assert.True((await content.SaveAsync(version, publish: true)).Succeeded);
    }

    /// <summary>An item added to a meeting's agenda.</summary>
    public async Task<string> AddItemAsync(string meetingId, string number, string title, bool isClosed)
    {
        await using var scope = Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await NewAsync(content, MedTypes.AgendaItem, title);
        item.Apply(new AgendaItemPart { MeetingId = meetingId, Number = number, IsClosed = isClosed, Kind = ItemKind.Information, CaseDescription = $"<p>{title}: sagsfremstilling.</p>" });
        Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
        return item.ContentItemId;
    }

    /// <summary>Everyone back to the defaults (in the portal and by e-mail at once), so tests do not see each other's choices.</summary>
    public async Task ResetChoicesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Set<NotificationPreference>().ExecuteDeleteAsync();
        await db.Set<DigestSchedule>().ExecuteDeleteAsync();
        await db.Set<NotificationTemplate>().ExecuteDeleteAsync();
    }

    public async Task ChooseAsync(string userName, string type, Delivery delivery, TimeOnly? digestAt = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var preferences = scope.ServiceProvider.GetRequiredService<NotificationPreferences>();
        var current = await preferences.OfAsync(userName);
        var byType = new Dictionary<string, Delivery>(current.ByType) { [type] = delivery };
        await preferences.SaveAsync(userName, byType, digestAt ?? current.DigestAt);
    }
}

public sealed class PostgresNotificationFixture() : NotificationFixture("Postgres");
