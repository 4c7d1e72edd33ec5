using Microsoft.AspNetCore.Http;

namespace Portal.Core.Caching;

/// <summary>
/// Something of the user's own a module shows in the header on every page (the workflows' "Mine
/// opgaver" with a count). On a page shared from the cache it is a hole filled per request, so keep
/// it cheap: cache per user until the next write.
/// </summary>
public interface IPersonalHeaderItem
{
    /// <summary>Letters, digits and dashes: names the hole.</summary>
    string Name { get; }

    /// <summary>The markup for the signed-in user, HTML-encoded by the item; empty for nothing.</summary>
    Task<string> HtmlAsync(HttpContext context);
}
