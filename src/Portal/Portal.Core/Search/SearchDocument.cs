using AngleSharp.Html.Parser;

namespace Portal.Core.Search;

/// <summary>
/// What a reader finds a published content item by: its title, where a hit leads, what it is, the
/// committee and date it belongs to and its text. Modules fill it in through
/// <see cref="ISearchIndexHandler"/>; the platform adds who may read it. No module knows the search
/// engine that keeps it.
/// </summary>
public sealed class SearchDocument
{
    private readonly List<string> _texts = [];
    private readonly HashSet<string> _dependsOn = new(StringComparer.Ordinal);

    public required string ContentItemId { get; init; }

    public required string ContentItemVersionId { get; init; }

    public required string ContentType { get; init; }

    /// <summary>What a reader calls the kind of item (facet and label of a hit): "Dagsordenspunkt", "Anbefaling".</summary>
    public string? TypeLabel { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Where a hit leads; an item no module gives an address is not found.</summary>
    public string? Url { get; set; }

    /// <summary>
    /// Whether a reader can find it: it has a title and an address. One that is not, but was
    /// described from other items (an agenda item of a meeting that is unpublished), is kept by the
    /// index with only what it depends on, found by no one, so that it is described again, and
    /// found again, when that item is published again.
    /// </summary>
    public bool IsFindable => !string.IsNullOrEmpty(Url) && !string.IsNullOrWhiteSpace(Title);

    /// <summary>The committee the item belongs to, by name (facet and label of a hit); null for none.</summary>
    public string? Committee { get; set; }

    /// <summary>The date a reader knows the item by (a meeting's date, a story's publication), in UTC.</summary>
    public DateTime? DateUtc { get; set; }

    /// <summary>
    /// The permission the item's own pages require beyond reading content (MED's pages need
    /// "ViewMed"): a reader without it finds nothing of the item, as they could open none of it.
    /// </summary>
    public Security.Permission? RequiredPermission { get; set; }

    /// <summary>The keys that may read the version in full (as the visibility rules gave them).</summary>
    public IReadOnlyCollection<string> Readers { get; init; } = [];

    /// <summary>
    /// The other items this document was described from (an agenda item's meeting and committee):
    /// when one of them changes, the index takes this item again too.
    /// </summary>
    public IReadOnlyCollection<string> DependsOn => _dependsOn;

    internal void AddDependency(string contentItemId)
    {
        if (contentItemId != ContentItemId)
        {
            _dependsOn.Add(contentItemId);
        }
    }

    /// <summary>The item's searchable text, in the order a reader meets it.</summary>
    public IReadOnlyList<string> Texts => _texts;

    public string Body => string.Join("\n\n", _texts);

    public void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _texts.Add(text.Trim());
        }
    }

    /// <summary>The text of sanitized rich text, without its markup.</summary>
    public void AddHtml(string? html)
    {
        if (!string.IsNullOrWhiteSpace(html))
        {
            AddText(HtmlText(html));
        }
    }

    private static readonly HtmlParser Parser = new();

    private static string HtmlText(string html)
    {
        using var document = Parser.ParseDocument($"<body>{html}</body>");
        var body = document.Body!;

        // Block elements end their words: "<p>a</p><p>b</p>" is "a b", not "ab".
        foreach (var block in body.QuerySelectorAll("p,li,h1,h2,h3,h4,h5,h6,td,th,br,div,blockquote"))
        {
            block.After(document.CreateTextNode(" "));
        }

        return string.Join(' ', body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
