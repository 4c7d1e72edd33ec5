using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// With secure cookies (the default outside Development) nothing but the health checks works over
/// plain HTTP: the antiforgery and login cookies cannot be set, and every form would fail. So such a
/// request gets a page saying what to configure, instead of a 500 from the first form.
/// </summary>
internal sealed class HttpsRequiredMiddleware(RequestDelegate next, ILogger<HttpsRequiredMiddleware> logger)
{
    public const string Title = "Portalen kræver HTTPS";

    // Probes and the error page itself must answer; static files carry no cookies.
    private static readonly PathString[] AlwaysAvailable =
        ["/health", "/error", "/_content", "/css", "/js", "/lib", "/favicon.ico"];

    private int _warned;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || AlwaysAvailable.Any(context.Request.Path.StartsWithSegments))
        {
            return next(context);
        }

        // Once at warning level is enough to find it in the log; every request would flood it.
        var level = Interlocked.Exchange(ref _warned, 1) == 0 ? LogLevel.Warning : LogLevel.Debug;
        logger.Log(
            level,
            "Refused a request over plain HTTP from {Address} (X-Forwarded-Proto: {ForwardedProto}). Use HTTPS, list the TLS-terminating proxy in Portal:Security:KnownProxies or KnownNetworks, or set Portal:Security:SecureCookies=false.",
            context.Connection.RemoteIpAddress,
            context.Request.Headers["X-Forwarded-Proto"].ToString() is { Length: > 0 } proto ? proto : "none");

        return ErrorPage.RefuseAsync(
            context,
            StatusCodes.Status403Forbidden,
            Title,
            "Siden blev hentet over en ukrypteret forbindelse (http://). Portalen sender kun sine login- og formularcookies over HTTPS, så den kan ikke bruges over HTTP.",
            "Brug en adresse, der begynder med https://.",
            "Til driften: Står portalen bag en reverse proxy, der afslutter TLS, skal proxyens IP-adresse stå i indstillingen Portal:Security:KnownProxies (miljøvariabel Portal__Security__KnownProxies__0) eller dens net i Portal:Security:KnownNetworks, så portalen godtager proxyens X-Forwarded-Proto. Kun hvis forbindelsen er beskyttet på anden vis, kan cookies tillades over HTTP med Portal:Security:SecureCookies=false.");
    }
}
