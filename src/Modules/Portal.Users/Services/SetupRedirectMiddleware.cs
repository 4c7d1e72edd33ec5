using Microsoft.AspNetCore.Http;
using Portal.Core.Site;

namespace Portal.Users.Services;

/// <summary>
/// Until the site is set up, every page leads to <c>/setup</c>; afterwards <c>/setup</c> does not exist.
/// </summary>
internal sealed class SetupRedirectMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/setup";

    // Health probes, static assets and error pages must keep working on a site that is not set up.
    private static readonly PathString[] AlwaysAvailable =
        ["/health", "/_content", "/css", "/js", "/lib", "/favicon.ico", "/error"];

    public async Task InvokeAsync(HttpContext context, ISiteService siteService)
    {
        var path = context.Request.Path;
        var isSetupPage = path.StartsWithSegments(SetupPath);
        var site = await siteService.GetAsync();

        if (site.IsSetUp && isSetupPage)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!site.IsSetUp && !isSetupPage && !AlwaysAvailable.Any(path.StartsWithSegments))
        {
            context.Response.Redirect(context.Request.PathBase + SetupPath);
            return;
        }

        await next(context);
    }
}
