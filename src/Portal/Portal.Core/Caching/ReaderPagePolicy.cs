using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Portal.Core.Content.Visibility;

namespace Portal.Core.Caching;

/// <summary>
/// Caches a reader page per reader fingerprint (<see cref="ReaderKeyCache"/>), culture and query,
/// so two readers with the same keys share an entry and a member and a non-member never do.
/// Only a plain 200 without cookies is stored; a request carrying a one-time message (TempData) is
/// rendered for its reader and neither read from nor written to the cache.
/// </summary>
internal sealed class ReaderPagePolicy : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var attempt = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated == true
            && !ReaderPages.MayCarryMessage(http);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        if (!attempt)
        {
            return;
        }

        var visibility = http.RequestServices.GetRequiredService<IContentVisibility>();
        context.CacheVaryByRules.VaryByValues["readers"] = await visibility.FingerprintOfAsync(http.User);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentCulture.Name;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(ReaderPages.Tag);
        context.ResponseExpirationTimeSpan = ReaderPages.Lifetime;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // A cookie set on this response (a renewed sign-in, a token) belongs to this reader only.
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || ReaderPages.AsksNotToBeStored(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
