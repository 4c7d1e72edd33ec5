using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace Portal.Core.Caching;

/// <summary>
/// A header link with the number of the user's own things (open tasks, unread notifications). The
/// count is kept per user until the next write on any node or <see cref="Lifetime"/>, so a page
/// from the cache costs no query; <see cref="Forget"/> drops it at once after a change that is not
/// a write every cached page must forget.
/// </summary>
public abstract class CountedHeaderItem(IMemoryCache cache, ReadCacheSignal signal) : IPersonalHeaderItem
{
    public abstract string Name { get; }

    protected virtual TimeSpan Lifetime => TimeSpan.FromMinutes(2);

    /// <summary>The class of the paragraph around the link.</summary>
    protected abstract string CssClass { get; }

    protected abstract string Href { get; }

    /// <summary>The link's visible text, already HTML (an icon may go with it).</summary>
    protected abstract string LabelHtml { get; }

    /// <summary>What a screen reader hears after the label, e.g. "2 åbne" (HTML, like the label).</summary>
    protected abstract string Spoken(int count);

    protected abstract Task<int> CountAsync(HttpContext context);

    public void Forget(string userName) => cache.Remove(KeyOf(userName));

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
            cached = (generation, await CountAsync(context));
            cache.Set(key, cached, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        }

        var badge = cached.Count > 0 ? $" <span class=\"badge badge-warning\" aria-hidden=\"true\">{cached.Count}</span>" : "";
        return $"<p class=\"{CssClass}\"><a href=\"{Href}\">{LabelHtml}{badge}<span class=\"sr-only\"> ({Spoken(cached.Count)})</span></a></p>";
    }

    private string KeyOf(string userName) => $"Portal.HeaderCount:{Name}:{userName}";
}
