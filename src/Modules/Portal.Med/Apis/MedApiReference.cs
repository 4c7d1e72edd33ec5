using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;
using Portal.Core.Security;

namespace Portal.Med.Apis;

/// <summary>
/// The API's OpenAPI description at <c>/openapi/v1.json</c> (generated from the handlers' typed
/// results) and a browsable reference at <c>/scalar</c>, both for signed-in users with ViewMed.
/// </summary>
public static class MedApiReference
{
    /// <summary>
    /// The reference page runs Scalar's own inline start-up script and styles, which the site's
    /// policy forbids; this page alone may run them. It still loads nothing from elsewhere.
    /// </summary>
    private const string ReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddMedApiReference(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "MED-portalen API";
                document.Info.Description =
                    "Læseadgang til udvalg, møder med dagsordener og referater, og beslutningsregistret — " +
                    "som du selv må se dem. Lukkede punkter, du ikke har adgang til, vises kun som nummer og \"lukket\".";
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapMedApiReference(this IEndpointRouteBuilder routes)
    {
        var viewMed = new RequirePermissionAttribute(Permissions.ViewMed.Name);
        routes.MapOpenApi().RequireAuthorization(viewMed);
        routes.MapScalarApiReference(options =>
            {
                options.Title = "MED-portalen API";
                options.Telemetry = false;
                options.DefaultFonts = false;
                options.DisableAgent().DisableMcp();
            })
            .RequireAuthorization(viewMed)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.ContentSecurityPolicy = ReferenceContentSecurityPolicy;
                return await next(context);
            });
        return routes;
    }
}
