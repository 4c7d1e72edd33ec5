using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>One user's choices: per kind, how they get it, and when their daily digest comes.</summary>
public sealed record UserPreferences(IReadOnlyDictionary<string, Delivery> ByType, TimeOnly DigestAt);

/// <summary>
/// How each user wants each kind. Unchosen kinds come in the portal and by e-mail: minutes and tasks
/// are what people want to hear of at once. The digest comes at 07.00 unless chosen otherwise.
/// </summary>
public sealed class NotificationPreferences(PortalDbContext db, TimeProvider clock)
{
    public const Delivery Default = Delivery.Email;
    public static readonly TimeOnly DefaultDigestAt = new(7, 0);

    public async Task<UserPreferences> OfAsync(string userName)
    {
        var byType = await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.UserName == userName)
            .ToDictionaryAsync(p => p.Type, p => p.Delivery, StringComparer.Ordinal);
        var schedule = await db.Set<DigestSchedule>().AsNoTracking().FirstOrDefaultAsync(d => d.UserName == userName);
        return new UserPreferences(byType, schedule is null ? DefaultDigestAt : TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(schedule.AtMinute)));
    }

    /// <summary>The choices of several users at once, for one kind.</summary>
    public async Task<IReadOnlyDictionary<string, Delivery>> ForTypeAsync(string type, IReadOnlyCollection<string> userNames)
    {
        var names = userNames.ToList();
        return await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.Type == type && names.Contains(p.UserName))
            .ToDictionaryAsync(p => p.UserName, p => p.Delivery, StringComparer.OrdinalIgnoreCase);
    }

    public async Task SaveAsync(string userName, IReadOnlyDictionary<string, Delivery> byType, TimeOnly digestAt)
    {
        var existing = await db.Set<NotificationPreference>().Where(p => p.UserName == userName).ToListAsync();
        foreach (var (type, delivery) in byType)
        {
            if (existing.FirstOrDefault(p => p.Type == type) is { } row)
            {
                row.Delivery = delivery;
            }
            else
            {
                db.Add(new NotificationPreference { UserName = userName, Type = type, Delivery = delivery });
            }
        }

        // A new or moved time counts from now: the first digest comes the next time the clock passes it.
        var minute = digestAt.Hour * 60 + digestAt.Minute;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<DigestSchedule>().FirstOrDefaultAsync(d => d.UserName == userName) is { } schedule)
        {
            if (schedule.AtMinute != minute)
            {
                schedule.AtMinute = minute;
                schedule.LastSentUtc = now;
            }
        }
        else
        {
            db.Add(new DigestSchedule { UserName = userName, AtMinute = minute, LastSentUtc = now });
        }

        await db.SaveChangesAsync();
    }
}
