using System.Globalization;

namespace Portal.Search.Services;

/// <summary>Reads a search from the address (the page and the API take the same parameters); a message in Danish when a value cannot be used.</summary>
public static class SearchRequestReader
{
    public static (SearchRequest? Request, string? Error) Read(string? q, string? type, string? committee, string? year, string? sort, string? page)
    {
        var pageNumber = 1;
        if (!string.IsNullOrEmpty(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber is >= 1 and <= SearchService.MaxPage))
        {
            return (null, $"Siden '{page}' er ugyldig. Angiv et helt tal fra 1 til {SearchService.MaxPage}.");
        }

        int? yearNumber = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1900 or > 2200)
            {
                return (null, $"Året '{year}' er ugyldigt. Angiv et år som 2025.");
            }

            yearNumber = parsed;
        }

        SearchSort order;
        switch (sort)
        {
            case null or "" or "relevance":
                order = SearchSort.Relevance;
                break;
            case "date":
                order = SearchSort.Date;
                break;
            default:
                return (null, $"Sorteringen '{sort}' findes ikke. Brug 'relevance' (bedste match først) eller 'date' (nyeste først).");
        }

        return (new SearchRequest
        {
            Query = q,
            Type = string.IsNullOrWhiteSpace(type) ? null : type.Trim(),
            Committee = string.IsNullOrWhiteSpace(committee) ? null : committee.Trim(),
            Year = yearNumber,
            Sort = order,
            Page = pageNumber,
        }, null);
    }
}
