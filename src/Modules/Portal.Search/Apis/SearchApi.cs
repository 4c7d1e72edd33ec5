using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Search.Services;

namespace Portal.Search.Apis;

/// <summary>A hit as the API gives it.</summary>
public sealed record SearchHitDto(
    [property: Description("Indholdets id.")] string Id,
    [property: Description("Indholdstypen, som filteret 'type' tager den.")] string Type,
    [property: Description("Hvad slags indhold det er, på dansk (fx Dagsordenspunkt).")] string TypeLabel,
    [property: Description("Titlen.")] string Title,
    [property: Description("Hvor det vises i portalen.")] string Url,
    [property: Description("Udvalget, det hører til, hvis nogen.")] string? Committee,
    [property: Description("Datoen, det kendes ved (mødets dato, udgivelsen).")] DateTimeOffset? Date,
    [property: Description("Et uddrag af teksten som HTML: teksten er kodet, og kun søgeordene er markeret med <mark>.")] string Snippet);

/// <summary>How many hits have one value of a facet.</summary>
public sealed record FacetValueDto(
    [property: Description("Værdien, som filteret tager den.")] string Value,
    [property: Description("Værdien, som den vises.")] string Label,
    [property: Description("Antal træf med den.")] int Count);

public sealed record SearchFacetsDto(
    [property: Description("Indholdstyper.")] IReadOnlyList<FacetValueDto> Type,
    [property: Description("Udvalg.")] IReadOnlyList<FacetValueDto> Committee,
    [property: Description("År.")] IReadOnlyList<FacetValueDto> Year);

public sealed record SearchResultDto(
    [property: Description("Træffene på siden.")] IReadOnlyList<SearchHitDto> Hits,
    [property: Description("Antal træf i alt, som du må se.")] int Total,
    [property: Description("Siden (fra 1).")] int Page,
    [property: Description("Antal sider.")] int Pages,
    [property: Description("Antal træf pr. værdi, talt over alle træf.")] SearchFacetsDto Facets);

/// <summary>Search, in the portal's one OpenAPI document, with the same permissions as the page.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .RequireAuthorization(new RequirePermissionAttribute(Portal.Contents.ContentPermissionNames.ViewContent))
            .WithTags("Søgning")
            .NoStore();
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Søg i alt, du må læse")
            .WithDescription("Fritekstsøgning på dansk: alle ord skal indgå (bøjninger findes også), \"en sætning\" i anførselstegn, -ord for at udelade og ord* for ord, der begynder sådan. Kun indhold, du må læse, indgår i træf, antal og facetter. 10 træf pr. side.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    public static async Task<Results<Ok<SearchResultDto>, ProblemHttpResult>> SearchAsync(
        [Description("Det, der søges efter.")] string? q,
        [Description("Kun denne indholdstype (værdi fra facetten 'type').")] string? type,
        [Description("Kun dette udvalg (navn, fra facetten 'committee').")] string? committee,
        [Description("Kun dette år.")] string? year,
        [Description("'relevance' (bedste match først, standard) eller 'date' (nyeste først).")] string? sort,
        [Description("Siden (fra 1).")] string? page,
        ClaimsPrincipal user,
        SearchService search)
    {
        var (request, error) = SearchRequestReader.Read(q, type, committee, year, sort, page);
        if (request is null)
        {
            return ReaderApi.BadRequest(error!);
        }

        var results = await search.SearchAsync(user, request);
        if (results.IsUnavailable)
        {
            return TypedResults.Problem(results.Error, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ikke tilgængelig");
        }

        if (results.Error is { } refused)
        {
            return ReaderApi.BadRequest(refused);
        }

        return TypedResults.Ok(new SearchResultDto(
            [.. results.Hits.Select(h => new SearchHitDto(
                h.Id, h.Type, h.TypeLabel, h.Title, h.Url, h.Committee,
                h.DateUtc is { } date ? new DateTimeOffset(date, TimeSpan.Zero) : null,
                h.SnippetHtml))],
            results.Total,
            results.Page,
            results.PageCount,
            new SearchFacetsDto(Facet(results.Facets.Types), Facet(results.Facets.Committees), Facet(results.Facets.Years))));
    }

    private static List<FacetValueDto> Facet(IReadOnlyList<FacetValue> values) => [.. values.Select(v => new FacetValueDto(v.Value, v.Label, v.Count))];
}
