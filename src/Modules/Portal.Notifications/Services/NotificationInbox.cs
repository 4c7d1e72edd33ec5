using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>A notification as its recipient sees it now.</summary>
public sealed record NotificationView(long Id, string Subject, string Body, string? Url, DateTime CreatedUtc, bool Unread);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Page, int Pages, int Unread);

/// <summary>
/// The user's own notifications, newest first. Each was written as they could see the item then;
/// one about an item they can no longer read names nothing of it now.
/// </summary>
public sealed class NotificationInbox(PortalDbContext db, IContentVisibility visibility, BellHeaderItem bell, TimeProvider clock)
{
    public const int PageSize = 20;
    public const string NoLongerVisible = "En besked om indhold, du ikke længere har adgang til";

    public async Task<NotificationPage> PageAsync(ClaimsPrincipal user, int page)
    {
        var userName = user.Identity?.Name ?? "";
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserName == userName);
        var total = await mine.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await mine.OrderByDescending(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        return new NotificationPage(await ViewsAsync(user, rows), page, pages, await UnreadCountAsync(user));
    }

    public async Task<IReadOnlyList<NotificationView>> LatestAsync(ClaimsPrincipal user, int take)
    {
        var userName = user.Identity?.Name ?? "";
        var rows = await db.Set<Notification>().AsNoTracking().Where(n => n.UserName == userName).OrderByDescending(n => n.Id).Take(take).ToListAsync();
        return await ViewsAsync(user, rows);
    }

    public Task<int> UnreadCountAsync(ClaimsPrincipal user)
    {
        var userName = user.Identity?.Name ?? "";
        return db.Set<Notification>().AsNoTracking().CountAsync(n => n.UserName == userName && n.ReadUtc == null);
    }

    /// <summary>Marks one read and gives where it points, or null when it is not the user's.</summary>
    public async Task<Notification?> OpenAsync(ClaimsPrincipal user, long id)
    {
        var userName = user.Identity?.Name ?? "";
        var notification = await db.Set<Notification>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.UserName == userName);
        if (notification is { ReadUtc: null })
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<Notification>().Where(n => n.Id == id && n.ReadUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now));
            bell.Forget(userName);
        }

        return notification;
    }

    public async Task<int> MarkAllReadAsync(ClaimsPrincipal user)
    {
        var userName = user.Identity?.Name ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.Set<Notification>().Where(n => n.UserName == userName && n.ReadUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now));
        bell.Forget(userName);
        return marked;
    }

    private async Task<IReadOnlyList<NotificationView>> ViewsAsync(ClaimsPrincipal user, IReadOnlyList<Notification> rows)
    {
        var keys = await visibility.KeysOfAsync(user);
        var ids = rows.Where(n => n.ContentItemId is not null).Select(n => n.ContentItemId!).ToList();
        var published = await visibility.GetManyAsync(keys, ids);
        var latest = await visibility.GetManyAsync(keys, ids, VersionOptions.Latest);
        return [.. rows.Select(n =>
        {
            var stillVisible = n.ContentItemId is not { } id
                || (n.Redacted ? published.ContainsKey(id) || latest.ContainsKey(id) : published.GetValueOrDefault(id) is { IsRedacted: false } || latest.GetValueOrDefault(id) is { IsRedacted: false });
            return stillVisible
                ? new NotificationView(n.Id, n.Subject, n.Body, n.Url, n.CreatedUtc, n.ReadUtc is null)
                : new NotificationView(n.Id, NoLongerVisible, "", null, n.CreatedUtc, n.ReadUtc is null);
        })];
    }
}
