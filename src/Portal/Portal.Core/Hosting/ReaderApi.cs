using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Portal.Core.Hosting;

/// <summary>What every module's read-only JSON API shares: answers no cache keeps, and problems in Danish.</summary>
public static class ReaderApi
{
    /// <summary>Every answer depends on who asks (what they may read), so no cache, shared or the browser's, may keep one.</summary>
    public static RouteGroupBuilder NoStore(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(static (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "private, no-store";
            return next(context);
        });

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Ugyldig forespørgsel");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Findes ikke");
}
