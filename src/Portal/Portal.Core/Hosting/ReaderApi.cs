using System.Globalization;
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

    /// <summary>Reads <c>page</c> (empty is the first); a problem saying what is wrong with it, or null.</summary>
    public static ProblemHttpResult? ParsePage(string? page, out int number)
    {
        number = 1;
        return string.IsNullOrEmpty(page) || (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1)
            ? null
            : BadRequest($"Siden '{page}' er ugyldig. Angiv et helt tal fra 1 og op.");
    }

    /// <summary>The problem of a page past the last one of a list of <paramref name="things"/> ("beslutninger").</summary>
    public static ProblemHttpResult PageBeyond(string? page, int pageCount, string things) =>
        BadRequest($"Siden '{page}' findes ikke: der er {pageCount} {(pageCount == 1 ? "side" : "sider")} med {things}, der passer til filtrene.");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Ugyldig forespørgsel");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Findes ikke");
}
