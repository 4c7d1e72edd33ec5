using Microsoft.AspNetCore.WebUtilities;
using Portal.Search.Services;

namespace Portal.Search.ViewModels;

/// <summary>The search page: what was asked, and the hits and facets, or why there are none.</summary>
public sealed class SearchPageViewModel
{
    public string Query { get; init; } = "";

    public string? Type { get; init; }

    public string? Committee { get; init; }

    public int? Year { get; init; }

    public SearchSort Sort { get; init; }

    public SearchResults? Results { get; init; }

    /// <summary>Why nothing was searched: an empty or malformed query, or a value in the address.</summary>
    public string? Error { get; init; }

    public bool HasFilter => Type is not null || Committee is not null || Year is not null;

    /// <summary>This search's address with some values changed (null removes one); a new filter or order starts on page 1.</summary>
    public string Link(string? type = "", string? committee = "", int? year = 0, SearchSort? sort = null, int page = 1)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["type"] = type == "" ? Type : type,
            ["committee"] = committee == "" ? Committee : committee,
            ["year"] = (year == 0 ? Year : year)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sort"] = (sort ?? Sort) == SearchSort.Date ? "date" : null,
            ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/search", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}

/// <summary>One facet's values with their counts; <see cref="Link"/> gives the address with a value chosen (null: none).</summary>
public sealed record FacetViewModel(string Title, IReadOnlyList<FacetValue> Values, string? Selected, Func<string?, string> Link);
