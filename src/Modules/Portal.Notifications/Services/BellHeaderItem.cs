using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;

namespace Portal.Notifications.Services;

/// <summary>
/// The bell in the header with the number of unread notifications. Marking read is not a write
/// every cached page must forget, so the inbox forgets the count itself; another node's count
/// follows within half a minute.
/// </summary>
public sealed class BellHeaderItem(IMemoryCache cache, ReadCacheSignal signal) : CountedHeaderItem(cache, signal)
{
    public override string Name => "notifications";

    protected override TimeSpan Lifetime => TimeSpan.FromSeconds(30);

    protected override string CssClass => "user-notifications";

    protected override string Href => "/notifications";

    protected override string LabelHtml => "<span class=\"bell\" aria-hidden=\"true\">&#128276;</span> Beskeder";

    protected override string Spoken(int count) => count switch
    {
        0 => "ingen ulæste",
        1 => "1 ulæst",
        var n => $"{n} ulæste",
    };

    protected override Task<int> CountAsync(HttpContext context) =>
        context.RequestServices.GetRequiredService<NotificationInbox>().UnreadCountAsync(context.User);
}
