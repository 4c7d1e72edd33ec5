using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;

namespace Portal.Notifications.Services;

/// <summary>
/// The bell in the header with the number of unread notifications, on every page (also those shared
/// from the cache), kept per user until the next write on any node, or for half a minute when it is
/// marking read on another node.
/// </summary>
internal sealed class BellHeaderItem(IMemoryCache cache, ReadCacheSignal signal) : IPersonalHeaderItem
{
    public string Name => "notifications";

    /// <summary>Marking read is not a write every cached page must forget, so the inbox forgets the count itself.</summary>
    public static string KeyOf(string userName) => $"notifications:unread:{userName}";

    public async Task<string> HtmlAsync(HttpContext context)
    {
        if (context.User.Identity?.Name is not { } userName)
        {
            return "";
        }

        var generation = signal.Generation;
        var key = KeyOf(userName);
        if (!cache.TryGetValue(key, out (long Generation, int Count) cached) || cached.Generation != generation)
        {
            var count = await context.RequestServices.GetRequiredService<NotificationInbox>().UnreadCountAsync(context.User);
            cached = (generation, count);
            cache.Set(key, cached, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30), Size = 1 });
        }

        var label = cached.Count switch
        {
            0 => "ingen ulæste",
            1 => "1 ulæst",
            var n => $"{n} ulæste",
        };
        var badge = cached.Count > 0 ? $" <span class=\"badge badge-warning\" aria-hidden=\"true\">{cached.Count}</span>" : "";
        return $"<p class=\"user-notifications\"><a href=\"/notifications\"><span class=\"bell\" aria-hidden=\"true\">&#128276;</span> Beskeder{badge}<span class=\"sr-only\"> ({label})</span></a></p>";
    }
}
