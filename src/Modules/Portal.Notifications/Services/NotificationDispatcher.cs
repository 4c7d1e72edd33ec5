using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// Turns one event into each recipient's notification and e-mail, in one transaction that also
/// takes the event, so it is delivered once on any number of nodes and again after a crash.
/// Each recipient gets it as they may see the item now: in full, by its redacted title (a closed
/// item: "Lukket punkt") unless the request is for readers only, or not at all.
/// </summary>
public sealed class NotificationDispatcher(
    PortalDbContext db,
    Recipients recipients,
    Portal.Core.Content.Visibility.IContentVisibility visibility,
    NotificationTemplates templates,
    NotificationPreferences preferences,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger)
{
    /// <summary>Delivers the event; false when another node took it first.</summary>
    public async Task<bool> DeliverAsync(long eventId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var next = await db.Set<NotificationEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (next is null || await db.Set<NotificationEvent>().Where(e => e.Id == eventId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }

        if (templates.TypeOf(next.Type) is not { } type)
        {
            logger.LogWarning("A notification of the unknown kind {Type} was dropped", next.Type);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(next.Values) ?? [];
        var audience = await recipients.ResolveAsync(next.Audience.Split(' ', StringSplitOptions.RemoveEmptyEntries), next.Actor);
        var chosen = await preferences.ForTypeAsync(type.Name, [.. audience.Select(r => r.UserName)]);
        var now = clock.GetUtcNow().UtcDateTime;
        var url = next.Url is null ? "" : $"{options.Value.BaseUrl.TrimEnd('/')}{next.Url}";
        foreach (var recipient in audience)
        {
            var (title, contentType, redacted) = ("", "", false);
            if (next.ContentItemId is { } id)
            {
                var visible = (await visibility.GetManyAsync(recipient.Keys, [id], next.Latest ? VersionOptions.Latest : VersionOptions.Published)).GetValueOrDefault(id);
                if (visible is null || (visible.IsRedacted && next.ReadersOnly))
                {
                    continue;
                }

                (title, contentType, redacted) = (visible.Item.DisplayText, visible.Item.ContentType, visible.IsRedacted);
            }

            var rendered = await templates.RenderAsync(type, new TemplateModel(recipient.DisplayName, title, contentType, redacted, values, url));
            var delivery = chosen.GetValueOrDefault(recipient.UserName, NotificationPreferences.Default);
            var hasEmail = !string.IsNullOrWhiteSpace(recipient.Email);
            db.Add(new Notification
            {
                UserName = recipient.UserName,
                Type = type.Name,
                Subject = Limit(rendered.Subject, 300),
                Body = Limit(rendered.Body, 4000),
                ContentItemId = next.ContentItemId,
                Url = next.Url,
                Redacted = redacted,
                CreatedUtc = now,
                InDigest = delivery == Delivery.Digest && hasEmail,
            });
            if (delivery == Delivery.Email && hasEmail)
            {
                db.Add(MailQueue.Message(recipient.Email!, recipient.DisplayName, rendered.Subject, rendered.Body, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Counts a failed attempt in a transaction of its own, so the event waits for the next try.</summary>
    public async Task RecordFailureAsync(long eventId, Exception exception)
    {
        db.ChangeTracker.Clear();
        var error = Limit(exception.Message, 2000);
        await db.Set<NotificationEvent>().Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, e => e.Attempts + 1).SetProperty(e => e.LastError, error));
    }

    internal static string Limit(string text, int length) => text.Length > length ? text[..length] : text;
}
