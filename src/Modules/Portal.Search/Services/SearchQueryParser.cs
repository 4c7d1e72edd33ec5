using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Portal.Search.Services;

/// <summary>
/// What a reader types, as a Lucene query over titles (weighted) and text: words that must all be
/// there, "quoted phrases", <c>-word</c> to leave out and <c>prefix*</c>. Every other character
/// Lucene's syntax gives a meaning (colons, brackets, tildes) is taken literally, so a reader never
/// meets that syntax by accident; what cannot be searched gets a message saying why.
/// </summary>
internal static class SearchQueryParser
{
    public const int MaxLength = 500;
    private const int MinPrefixLength = 2;

    private static readonly Dictionary<string, float> Boosts = new()
    {
        [SearchFields.Title] = 3f,
        [SearchFields.Body] = 1f,
    };

    public static ParsedQuery Parse(string? text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedQuery.Refused("Skriv, hvad du søger efter.");
        }

        text = text.Trim();
        if (text.Length > MaxLength)
        {
            return ParsedQuery.Refused($"Søgningen er for lang: højst {MaxLength} tegn.");
        }

        if (text.Count(c => c == '"') % 2 != 0)
        {
            return ParsedQuery.Refused("Der mangler et anførselstegn (\"): sæt en sætning, du søger efter, i anførselstegn i begge ender.");
        }

        var clauses = new List<string>();
        var anyIncluded = false;
        foreach (var (exclude, term, phrase) in Terms(text))
        {
            if (term.Length == 0)
            {
                return ParsedQuery.Refused(phrase
                    ? "Der er et tomt sæt anførselstegn i søgningen."
                    : exclude
                        ? "Et minus skal stå lige foran det ord, der ikke må indgå, fx -budget."
                        : "Et plus skal stå lige foran et ord, fx +budget.");
            }

            // AND, OR and NOT are not operators here (every word must be there anyway): left out.
            if (!phrase && term is "AND" or "OR" or "NOT")
            {
                continue;
            }

            string clause;
            if (phrase)
            {
                clause = $"\"{QueryParserBase.Escape(term)}\"";
            }
            else if (term.EndsWith('*'))
            {
                var stem = term.TrimEnd('*');
                if (stem.Length < MinPrefixLength)
                {
                    return ParsedQuery.Refused($"Skriv mindst {MinPrefixLength} bogstaver før *, fx rekrut*.");
                }

                clause = QueryParserBase.Escape(stem) + "*";
            }
            else
            {
                clause = QueryParserBase.Escape(term);
            }

            anyIncluded |= !exclude;
            clauses.Add(exclude ? "-" + clause : "+" + clause);
        }

        if (!anyIncluded)
        {
            return ParsedQuery.Refused("Skriv mindst ét ord, der skal indgå; ord med minus foran bliver kun udeladt.");
        }

        var parser = new MultiFieldQueryParser(SearchFields.Version, [SearchFields.Title, SearchFields.Body], analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        Query query;
        try
        {
            query = parser.Parse(string.Join(' ', clauses));
        }
        catch (ParseException)
        {
            return ParsedQuery.Refused("Søgningen kunne ikke forstås. Brug almindelige ord, \"en sætning i anførselstegn\", -ord for at udelade og ord* for ord, der begynder sådan.");
        }

        // Words the Danish analyzer drops ("og", "i", "det") leave nothing to search for.
        if (query is BooleanQuery boolean && !boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT && !IsEmpty(c.Query)))
        {
            return ParsedQuery.Refused("Søgningen indeholder ingen ord, der kan søges på: småord som \"og\" og \"i\" og tegn alene tæller ikke. Tilføj et mere sigende ord.");
        }

        return new ParsedQuery(query, null);
    }

    private static bool IsEmpty(Query query) => query is BooleanQuery { Clauses.Count: 0 };

    /// <summary>The reader's words and phrases, each marked when it is to be left out.</summary>
    private static IEnumerable<(bool Exclude, string Term, bool Phrase)> Terms(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var exclude = false;
            if (text[i] is '-' or '+')
            {
                exclude = text[i] == '-';
                i++;
                if (i == text.Length || char.IsWhiteSpace(text[i]))
                {
                    yield return (exclude, "", false);
                    continue;
                }
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                yield return (exclude, text[(i + 1)..end].Trim(), true);
                i = end + 1;
                continue;
            }

            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                word.Append(text[i++]);
            }

            yield return (exclude, word.ToString(), false);
        }
    }
}

/// <summary>The query to run, or why there is none (in Danish, for the reader).</summary>
internal sealed record ParsedQuery(Query? Query, string? Error)
{
    public static ParsedQuery Refused(string error) => new(null, error);
}
