using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Portal.Core.Caching;

/// <summary>
/// The request token for a user's forms, kept per user and antiforgery cookie: a request token stays
/// valid for the cookie and user it was made for, and making one costs two cryptographic operations
/// that a page from the cache would otherwise spend on every request.
/// </summary>
public sealed class AntiforgeryTokenCache(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    public string RequestTokenFor(HttpContext context)
    {
        ReaderPages.HolesFilling(context);
        var cookie = context.Request.Cookies[options.Value.Cookie.Name!];
        var key = cookie is null || context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            ? null
            : $"Portal.Antiforgery:{userId}:{cookie}";
        if (key is not null && cache.TryGetValue(key, out string? known))
        {
            // As the antiforgery service says of every page with a token: not for shared caches.
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            return known!;
        }

        var tokens = antiforgery.GetAndStoreTokens(context);

        // A new cookie token means the cookie sent was missing or no longer valid: nothing to keep under it.
        if (key is not null && tokens.CookieToken is null && tokens.RequestToken is { } token)
        {
            cache.Set(key, token, new MemoryCacheEntryOptions { SlidingExpiration = Lifetime, Size = 1 });
        }

        return tokens.RequestToken ?? "";
    }
}
