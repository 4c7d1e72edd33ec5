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
    private const string GenerationItem = "Portal.ReaderPages.Generation";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var attempt = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated == true
            && !ReaderPages.MayCarryMessage(http)
            && !HasKeySeparators(http.Request);

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
        foreach (var variation in http.GetEndpoint()?.Metadata.GetOrderedMetadata<IReaderPageVariation>() ?? [])
        {
            context.CacheVaryByRules.VaryByValues[variation.Name] = await variation.ValueAsync(http);
        }

        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(ReaderPages.Tag);
        context.ResponseExpirationTimeSpan = ReaderPages.Lifetime;
        http.Items[GenerationItem] = http.RequestServices.GetRequiredService<ReadCacheSignal>().Generation;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // A cookie set on this response (a renewed sign-in, a token) belongs to this reader only.
        // Rendered from what was read before a write committed: served to this reader, never stored.
        var signal = context.HttpContext.RequestServices.GetRequiredService<ReadCacheSignal>();
        if (context.HttpContext.Items[GenerationItem] is long generation && generation != signal.Generation)
        {
            context.AllowCacheStorage = false;
        }

        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || ReaderPages.AsksNotToBeStored(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The output cache joins the parts of its keys with these characters; a request carrying them
    /// gets an empty key that other requests would share (fixed in later ASP.NET Core releases), so it
    /// is never cached.
    /// </summary>
    private static bool HasKeySeparators(HttpRequest request)
    {
        static bool Has(string? value) => value is not null && value.AsSpan().IndexOfAny('\u001e', '\u001f') >= 0;

        return Has(request.Path.Value) || Has(request.Host.Value)
            || request.Query.Any(q => Has(q.Key) || q.Value.Any(Has));
    }
}
