using Microsoft.AspNetCore.Http;

namespace Portal.Med.Services;

/// <summary>
/// A user's personal subscription links: the calendar and the minutes feed. No webcal:// link:
/// calendar apps, Outlook among them, fetch those over plain http, which would send the token in clear
/// on every refresh (and outside Development the portal refuses plain http, so it would not even work).
/// </summary>
public sealed record SubscriptionLinks(string CalendarUrl, string MinutesFeedUrl);

/// <summary>Builds the signed-in user's subscription links for one committee or for all.</summary>
public sealed class FeedLinks(FeedTokens tokens, IHttpContextAccessor http)
{
    public async Task<SubscriptionLinks?> ForAsync(string? committeeId)
    {
        if (http.HttpContext is not { } context || await tokens.CreateAsync(context.User) is not { } token)
        {
            return null;
        }

        var prefix = committeeId is null ? "" : $"committees/{Uri.EscapeDataString(committeeId)}/";
        var query = $"?{FeedTokens.QueryName}={Uri.EscapeDataString(token)}";
        var baseUri = BaseUri(context.Request);
        return new SubscriptionLinks(
            new Uri(baseUri, $"{prefix}calendar.ics{query}").AbsoluteUri,
            new Uri(baseUri, $"{prefix}minutes.atom{query}").AbsoluteUri);
    }

    /// <summary>The site's address as the request saw it (behind a proxy: the forwarded one), ending in "/".</summary>
    public static Uri BaseUri(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
