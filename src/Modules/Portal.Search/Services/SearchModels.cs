namespace Portal.Search.Services;

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>A search as a reader or the API asks it; facet values narrow the hits.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    /// <summary>A content type, as the type facet gives it.</summary>
    public string? Type { get; init; }

    public string? Committee { get; init; }

    public int? Year { get; init; }

    public SearchSort Sort { get; init; }

    public int Page { get; init; } = 1;
}

/// <summary>One page of hits, with the total and the facets over every hit; <see cref="Error"/> when the query could not be searched.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    int Page,
    int PageSize,
    string? Error = null)
{
    public int PageCount => Total == 0 ? 0 : Math.Min((Total + PageSize - 1) / PageSize, SearchService.MaxPage);

    /// <summary>Why nothing can be searched now: the index cannot be opened (see the log and the operators' page).</summary>
    public bool IsUnavailable { get; init; }

    public static SearchResults Refused(string error) => new(0, [], SearchFacets.None, 1, SearchService.PageSize, error);

    public static SearchResults Unavailable { get; } = new(0, [], SearchFacets.None, 1, SearchService.PageSize, "Søgningen er ikke tilgængelig lige nu. Prøv igen om lidt.") { IsUnavailable = true };
}

/// <summary>
/// One hit. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text in which
/// only the query's words are marked with <c>&lt;mark&gt;</c>.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Type,
    string TypeLabel,
    string Title,
    string TitleHtml,
    string Url,
    string? Committee,
    DateTime? DateUtc,
    string SnippetHtml);

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record SearchFacets(IReadOnlyList<FacetValue> Types, IReadOnlyList<FacetValue> Committees, IReadOnlyList<FacetValue> Years)
{
    public static SearchFacets None { get; } = new([], [], []);
}

/// <summary>A title suggested as the reader types.</summary>
public sealed record SearchSuggestion(string Title, string Url, string TypeLabel);
