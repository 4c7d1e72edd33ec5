using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Contents;
using Portal.Core.Security;
using Portal.Search.Services;
using Portal.Search.ViewModels;

namespace Portal.Search.Controllers;

/// <summary>The search page and the title suggestions of the search box; the rules are in <see cref="SearchService"/>.</summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class SearchController(SearchService search) : Controller
{
    /// <summary>
    /// Kept like every reader page, per set of reader keys and query (readers with the same keys find
    /// the same), and rendered again when this node's index moves on.
    /// </summary>
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [SearchIndexGeneration]
    [HttpGet("search")]
    public async Task<IActionResult> Index(string? q, string? type, string? committee, string? year, string? sort, string? page)
    {
        var (request, error) = SearchRequestReader.Read(q, type, committee, year, sort, page);
        if (request is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SearchPageViewModel { Query = q ?? "", Error = error });
        }

        var model = new SearchPageViewModel
        {
            Query = request.Query?.Trim() ?? "",
            Type = request.Type,
            Committee = request.Committee,
            Year = request.Year,
            Sort = request.Sort,
        };
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return View(model);
        }

        var results = await search.SearchAsync(User, request);
        if (results.Error is not null)
        {
            Response.StatusCode = results.IsUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
            return View(new SearchPageViewModel { Query = model.Query, Error = results.Error });
        }

        return View(new SearchPageViewModel
        {
            Query = model.Query,
            Type = model.Type,
            Committee = model.Committee,
            Year = model.Year,
            Sort = model.Sort,
            Results = results,
        });
    }

    /// <summary>Titles that begin with what is typed, for the search box (htmx swaps them in below it).</summary>
    [HttpGet("search/suggest")]
    public async Task<IActionResult> Suggest(string? q)
    {
        Response.Headers.CacheControl = "private, no-store";
        return PartialView("_Suggestions", await search.SuggestAsync(User, q));
    }
}
