using System.Text.Json;
using Portal.Core.Data;
using Portal.Core.Notify;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>Writes the request as an event in the caller's transaction; <see cref="NotificationPump"/> delivers it after the commit.</summary>
internal sealed class NotificationQueue(PortalDbContext db, NotificationPump pump, TimeProvider clock) : INotificationQueue
{
    public void Queue(NotificationRequest request)
    {
        db.Set<NotificationEvent>().Add(new NotificationEvent
        {
            Type = request.Type,
            Audience = string.Join(' ', request.Audience.Distinct(StringComparer.Ordinal)),
            ContentItemId = request.ContentItemId,
            Latest = request.Latest,
            ReadersOnly = request.ReadersOnly,
            Values = JsonSerializer.Serialize(request.Values),
            Url = request.Url,
            Actor = request.Actor,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        pump.Wake();
    }
}
