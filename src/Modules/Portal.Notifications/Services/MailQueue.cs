using Microsoft.EntityFrameworkCore;
using MimeKit;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>How the queue stands, for the settings page.</summary>
public sealed record MailQueueState(int Waiting, int Failing, int SentLastDay, IReadOnlyList<MailMessage> Problems);

/// <summary>
/// Sends the e-mails waiting in the database. Each is taken for a while by a conditional update (so
/// two nodes never send one at once), sent, and marked sent; a failure waits longer each time
/// (30 seconds doubling up to an hour) and is never given up, so an outage delays and loses nothing.
/// </summary>
public sealed class MailQueue(PortalDbContext db, IMailTransport transport, IOptions<NotificationOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxPause = TimeSpan.FromHours(1);

    public static MailMessage Message(string to, string toName, string subject, string body, DateTime now) => new()
    {
        MessageId = Guid.NewGuid().ToString("N"),
        To = NotificationDispatcher.Limit(to, 256),
        ToName = NotificationDispatcher.Limit(toName, 256),
        Subject = NotificationDispatcher.Limit(subject, 300),
        Body = NotificationDispatcher.Limit(body, 20000),
        CreatedUtc = now,
        NextAttemptUtc = now,
    };

    public static TimeSpan PauseAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxPause.TotalSeconds, 30 * Math.Pow(2, Math.Min(attempts - 1, 20))));

    /// <summary>Sends what is due now; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<MailMessage>().AsNoTracking()
            .Where(m => m.SentUtc == null && m.NextAttemptUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            var until = now.Add(Lease);
            var taken = await db.Set<MailMessage>()
                .Where(m => m.Id == message.Id && m.SentUtc == null && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, until), cancellationToken);
            if (taken == 0)
            {
                continue;
            }

            try
            {
                await transport.SendAsync(ToMime(message), cancellationToken);
                var at = clock.GetUtcNow().UtcDateTime;
                await db.Set<MailMessage>().Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, at).SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LockedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var attempts = message.Attempts + 1;
                var retryAt = clock.GetUtcNow().UtcDateTime.Add(PauseAfter(attempts));
                var error = NotificationDispatcher.Limit(exception.Message, 2000);
                await db.Set<MailMessage>().Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptUtc, retryAt).SetProperty(m => m.LockedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, error), CancellationToken.None);
            }
        }

        return sent;
    }

    public async Task<MailQueueState> StateAsync()
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var waiting = db.Set<MailMessage>().AsNoTracking().Where(m => m.SentUtc == null);
        return new MailQueueState(
            await waiting.CountAsync(),
            await waiting.CountAsync(m => m.Attempts > 0),
            await db.Set<MailMessage>().AsNoTracking().CountAsync(m => m.SentUtc >= since),
            await waiting.Where(m => m.Attempts > 0).OrderByDescending(m => m.Attempts).ThenBy(m => m.Id).Take(10).ToListAsync());
    }

    /// <summary>Sends a failing e-mail on the next round instead of after its pause.</summary>
    public async Task RetryNowAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<MailMessage>().Where(m => m.SentUtc == null && m.NextAttemptUtc > now).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, now));
    }

    private MimeMessage ToMime(MailMessage message)
    {
        var mime = new MimeMessage
        {
            MessageId = $"{message.MessageId}@medportal",
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc)),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(new MailboxAddress(options.Value.FromName, options.Value.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        return mime;
    }
}
