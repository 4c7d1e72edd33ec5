using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// Once a day at the time each user chose (07.00 unless they chose otherwise), one e-mail listing the
/// notifications they wanted as a digest. Each user's digest is claimed by a conditional update of
/// their schedule, so on several nodes it goes once.
/// </summary>
public sealed class DigestSender(PortalDbContext db, IOptions<NotificationOptions> options, TimeProvider clock)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Sends the digests whose time has come; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.Set<Notification>().AsNoTracking().Where(n => n.InDigest).Select(n => n.UserName).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userName in waiting)
        {
            var schedule = await ScheduleOfAsync(userName, now, cancellationToken);
            var due = LastMomentBefore(now, schedule.AtMinute);
            if (schedule.LastSentUtc >= due || !await ClaimAsync(userName, due, now, cancellationToken))
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var notifications = await db.Set<Notification>().Where(n => n.UserName == userName && n.InDigest).OrderBy(n => n.Id).ToListAsync(cancellationToken);
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName && !u.IsDisabled, cancellationToken);
            foreach (var notification in notifications)
            {
                notification.InDigest = false;
                notification.DigestedUtc = now;
            }

            if (user?.Email is { Length: > 0 } email && notifications.Count > 0)
            {
                var name = string.IsNullOrWhiteSpace(user.DisplayName) ? userName : user.DisplayName;
                db.Add(MailQueue.Message(email, name, Subject(notifications.Count, now), Body(name, notifications), now));
                sent++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>The last time at <paramref name="atMinute"/> Danish time that is not after <paramref name="nowUtc"/>.</summary>
    public static DateTime LastMomentBefore(DateTime nowUtc, int atMinute)
    {
        var today = DanishClock.Day(nowUtc).ToDateTime(TimeOnly.MinValue).AddMinutes(atMinute);
        var moment = DanishClock.ToUtc(DanishClock.Exists(today) ? today : today.AddHours(1));
        return moment <= nowUtc ? moment : DanishClock.ToUtc(today.AddDays(-1));
    }

    private async Task<DigestSchedule> ScheduleOfAsync(string userName, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<DigestSchedule>().AsNoTracking().FirstOrDefaultAsync(d => d.UserName == userName, cancellationToken) is { } schedule)
        {
            return schedule;
        }

        // Someone who never chose a time gets their first digest at the next 07.00, not at once.
        schedule = new DigestSchedule { UserName = userName, AtMinute = NotificationPreferences.DefaultDigestAt.Hour * 60, LastSentUtc = now };
        db.Add(schedule);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Set<DigestSchedule>().AsNoTracking().FirstAsync(d => d.UserName == userName, cancellationToken);
        }

        db.ChangeTracker.Clear();
        return schedule;
    }

    private async Task<bool> ClaimAsync(string userName, DateTime due, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<DigestSchedule>()
            .Where(d => d.UserName == userName && (d.LastSentUtc == null || d.LastSentUtc < due))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSentUtc, now), cancellationToken) == 1;

    private static string Subject(int count, DateTime now) =>
        $"Dagens oversigt fra MED-portalen {DanishClock.Local(now).ToString("d. MMMM yyyy", Danish)}: {(count == 1 ? "1 ny besked" : $"{count} nye beskeder")}";

    private string Body(string name, IReadOnlyList<Notification> notifications)
    {
        var text = new StringBuilder();
        text.Append("Kære ").Append(name).Append("\n\nDet her er sket, siden du sidst fik en oversigt:\n");
        foreach (var notification in notifications)
        {
            text.Append("\n- ").Append(notification.Subject)
                .Append(" (").Append(DanishClock.Local(notification.CreatedUtc).ToString("d. MMMM 'kl.' HH.mm", Danish)).Append(')');
            if (notification.Url is { } url)
            {
                text.Append("\n  ").Append(options.Value.BaseUrl.TrimEnd('/')).Append(url);
            }
        }

        text.Append("\n\nDu vælger selv, hvad der kommer i oversigten, og hvornår den kommer: ")
            .Append(options.Value.BaseUrl.TrimEnd('/')).Append("/notifications/preferences\n");
        return text.ToString();
    }
}
