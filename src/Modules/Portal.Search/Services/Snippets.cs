using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Portal.Search.Services;

/// <summary>
/// A hit's title and passages as HTML: encoded text in which only the query's words are marked
/// with <c>&lt;mark&gt;</c> (Lucene.Net.Highlighter).
/// </summary>
internal static class Snippets
{
    public const int Length = 180;

    /// <summary>The title with the query's words marked.</summary>
    public static string Title(Query query, Analyzer analyzer, string title) =>
        Highlight(query, analyzer, SearchFields.Title, title, new NullFragmenter(), 1) ?? TextEncoder.Encode(title);

    /// <summary>The two best passages of the text; its beginning when the query's words are only in the title.</summary>
    public static string Body(Query query, Analyzer analyzer, string body) =>
        Highlight(query, analyzer, SearchFields.Body, body, null, 2) ?? Opening(body);

    /// <summary>The best passages of <paramref name="text"/> with the query's words marked; null when none of them is in it.</summary>
    private static string? Highlight(Query query, Analyzer analyzer, string field, string text, IFragmenter? fragmenter, int fragments)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), TextEncoder.Instance, scorer)
        {
            TextFragmenter = fragmenter ?? new SimpleSpanFragmenter(scorer, Length),
            MaxDocCharsToAnalyze = 200_000,
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        try
        {
            var best = highlighter.GetBestFragments(tokens, text, fragments);
            return best.Length == 0 ? null : string.Join(" … ", best.Select(f => f.Trim()));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A prefix with more than a thousand words beginning so in this one text (amounts in a budget).
            return null;
        }
    }

    /// <summary>The text's beginning, cut at a word.</summary>
    private static string Opening(string body)
    {
        if (body.Length <= Length)
        {
            return TextEncoder.Encode(body);
        }

        var cut = body.LastIndexOf(' ', Length);
        return TextEncoder.Encode(body[..(cut > 0 ? cut : Length)] + " …");
    }
}

/// <summary>
/// Encodes a snippet's text for HTML as the pages do (markup characters only, so æ, ø and å stay
/// letters), on one line: the breaks between an item's sections become spaces.
/// </summary>
internal sealed partial class TextEncoder : IEncoder
{
    public static readonly TextEncoder Instance = new();

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Html.Encode(Whitespace().Replace(text, " "));

    public string EncodeText(string originalText) => Encode(originalText);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
