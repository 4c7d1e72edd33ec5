using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>
/// The fixed mix of what readers type, in the search page's syntax (words that must all be there,
/// "phrases", -word, prefix*), and its translation to FTS5's query syntax. The rare words are in
/// 0.1–2 % of the documents; four of them are compounds the corpus makes with seed 16.
/// </summary>
internal static partial class QueryMix
{
    public static readonly (string Kind, string Text)[] Queries =
    [
        ("common", "fastholdelse"),
        ("common", "rekruttering"),
        ("common", "medarbejdere"),
        ("common", "ledelse"),
        ("common", "uddannelse"),
        ("common", "hovedudvalget"),
        ("common", "sundhed"),
        ("common", "arbejdsmiljø"),
        ("rare", "arbejdskraftmangel"),
        ("rare", "velfærdsdirektør"),
        ("rare", "ledelsesforløb"),
        ("rare", "undervisningsforløb"),
        ("rare", "videoproduktionsstrategi"),
        ("rare", "investeringskommunikation"),
        ("and", "fastholdelse rekruttering"),
        ("and", "ledere uddannelse"),
        ("and", "budget sygeplejersker"),
        ("and", "arbejdsmiljø trivsel"),
        ("and", "elever praktik"),
        ("and", "seniorer retningslinjen"),
        ("phrase", "\"fastholdelse og rekruttering\""),
        ("phrase", "\"norddjurs kommune\""),
        ("phrase", "\"sundhed og omsorg\""),
        ("prefix", "rekrut*"),
        ("prefix", "fasthold*"),
        ("prefix", "kompetence*"),
        ("exclude", "fastholdelse -rekruttering"),
        ("exclude", "ledelse -velfærdsområdet"),
        ("exclude", "uddannelse -elever"),
        ("no hits", "rekrutering"),
    ];

    /// <summary>What a reader has typed in the search box when titles are suggested.</summary>
    public static readonly string[] Suggestions =
    [
        "fasth", "rekrut", "hovedud", "ledelse s", "sund", "elev", "medarb", "kompetence", "referat: hoved", "anbefal",
    ];

    /// <summary>
    /// The same query for FTS5: words and phrases as quoted strings (all must match), a prefix as
    /// <c>"stem"*</c>, and the words to leave out after NOT.
    /// </summary>
    public static string ToFts5(string text)
    {
        var included = new List<string>();
        var excluded = new List<string>();
        foreach (Match match in Term().Matches(text))
        {
            var exclude = match.Groups["minus"].Success;
            var term = match.Groups["phrase"].Success ? match.Groups["phrase"].Value : match.Groups["word"].Value;
            var prefix = term.EndsWith('*');
            var quoted = "\"" + term.TrimEnd('*').Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (prefix ? "*" : "");
            (exclude ? excluded : included).Add(quoted);
        }

        var query = new StringBuilder(string.Join(" AND ", included));
        if (excluded.Count > 0)
        {
            query.Insert(0, '(').Append(") NOT (").Append(string.Join(" OR ", excluded)).Append(')');
        }

        return query.ToString();
    }

    /// <summary>Title suggestions for FTS5: the words in the title column, the last one a prefix while it is being typed.</summary>
    public static string SuggestToFts5(string text)
    {
        var words = SuggestWord().Matches(text).Select(m => "\"" + m.Value + "\"").ToList();
        if (words.Count > 0 && !char.IsWhiteSpace(text[^1]))
        {
            words[^1] += "*";
        }

        return $"title : ({string.Join(" AND ", words)})";
    }

    [GeneratedRegex("""(?<minus>-)?(?:"(?<phrase>[^"]*)"|(?<word>[^\s"]+))""")]
    private static partial Regex Term();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex SuggestWord();
}
