using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>
/// The words of the demo recipe's texts (agenda items, recommendations, initiatives, stories,
/// pages; HTML stripped), ranked by how often they occur there, with which word follows which, plus
/// a tail of Danish-style compounds of them, so a large corpus has rare words as real text does.
/// </summary>
internal sealed partial class Vocabulary
{
    /// <summary>Words by rank: the demo's, most frequent first, then the compounds.</summary>
    public required string[] Words { get; init; }

    /// <summary>How many of <see cref="Words"/> are the demo's own.</summary>
    public required int DemoWords { get; init; }

    /// <summary>The words of the demo's titles, by rank, once per occurrence (so frequent title words are drawn more often).</summary>
    public required int[] TitleWords { get; init; }

    /// <summary>For a word (by rank), the words that follow it in the demo's texts, once per occurrence.</summary>
    public required Dictionary<int, int[]> Followers { get; init; }

    /// <summary>The demo's committees: name and alias.</summary>
    public required IReadOnlyList<(string Alias, string Name)> Committees { get; init; }

    public required int DemoTokens { get; init; }

    /// <summary>The demo's nouns the compounds are made of.</summary>
    public required int Nouns { get; init; }

    private static readonly HashSet<string> NoCompound = new(StringComparer.Ordinal)
    {
        "at", "af", "en", "et", "og", "i", "på", "til", "med", "er", "der", "for", "som", "det", "om", "de", "den", "fra",
        "har", "skal", "kan", "samt", "være", "blev", "eller", "hvor", "alle", "både", "ikke", "herunder", "også", "have",
    };

    public static Vocabulary FromRecipe(string path, int compounds, Random random)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(path))!;
        var texts = new List<string>();
        var titles = new List<string>();
        var committees = new List<(string, string)>();
        foreach (var step in recipe["steps"]!.AsArray())
        {
            if ((string?)step!["name"] != "content")
            {
                continue;
            }

            foreach (var item in step["items"]!.AsArray())
            {
                var content = item!["content"]!;
                if ((string?)content["TitlePart"]?["title"] is { } title)
                {
                    titles.Add(title);
                    if ((string?)item["type"] == "Committee")
                    {
                        committees.Add(((string)item["alias"]!, title));
                    }
                }

                Collect(content, texts);
            }
        }

        // Ranks by frequency (ties by first occurrence); each word keeps its most frequent spelling.
        var counts = new Dictionary<string, (int Count, int First, Dictionary<string, int> Forms)>(StringComparer.Ordinal);
        var sentences = new List<List<string>>();
        foreach (var text in texts)
        {
            foreach (var sentence in SentenceEnd().Split(text))
            {
                var tokens = Word().Matches(sentence).Select(m => m.Value).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }

                sentences.Add(tokens);
                foreach (var word in tokens)
                {
                    var key = word.ToLowerInvariant();
                    if (!counts.TryGetValue(key, out var entry))
                    {
                        entry = (0, counts.Count, new Dictionary<string, int>(StringComparer.Ordinal));
                    }

                    entry.Forms[word] = entry.Forms.GetValueOrDefault(word) + 1;
                    counts[key] = (entry.Count + 1, entry.First, entry.Forms);
                }
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).ToList();
        var rankOf = ranked.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var words = ranked
            .Select(c => c.Value.Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Any(char.IsUpper)).First().Key)
            .ToList();

        var followers = new Dictionary<int, List<int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i + 1 < sentence.Count; i++)
            {
                var from = rankOf[sentence[i].ToLowerInvariant()];
                if (!followers.TryGetValue(from, out var list))
                {
                    followers[from] = list = [];
                }

                list.Add(rankOf[sentence[i + 1].ToLowerInvariant()]);
            }
        }

        var titleWords = titles
            .SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant()))
            .Where(rankOf.ContainsKey)
            .Select(w => rankOf[w])
            .ToArray();

        // Danish compounds of the demo's nouns ("ledelse" + "forløb", "senior" + "samtale"), with the
        // linking s after -else, -ing, -hed, -ion and -skab, ranked after the demo's words: the long
        // tail of words few documents share.
        var nouns = words.Where(w => w.Length >= 5 && w.All(char.IsLower) && !NoCompound.Contains(w) && NounEnding().IsMatch(w)).ToArray();
        var known = new HashSet<string>(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        for (var tries = 0; words.Count < ranked.Count + compounds && tries < compounds * 20; tries++)
        {
            var first = nouns[random.Next(nouns.Length)];
            var second = nouns[random.Next(nouns.Length)];
            var compound = first + (LinkingS().IsMatch(first) ? "s" : "") + second;
            if (first != second && known.Add(compound))
            {
                words.Add(compound);
            }
        }

        return new Vocabulary
        {
            Words = [.. words],
            DemoWords = ranked.Count,
            TitleWords = titleWords,
            Followers = followers.ToDictionary(f => f.Key, f => f.Value.ToArray()),
            Committees = committees,
            DemoTokens = counts.Values.Sum(c => c.Count),
            Nouns = nouns.Length,
        };
    }

    public int Rank(string word) => Array.FindIndex(Words, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every string of a content item that reads as text (two words or more), markup stripped; references skipped.</summary>
    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, texts);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Collect(value, texts);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && !text.StartsWith("@ref:", StringComparison.Ordinal):
                var plain = WebUtility.HtmlDecode(Tag().Replace(text, " "));
                if (plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 2)
                {
                    texts.Add(plain);
                }

                break;
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>A word: letters (and digits after the first), hyphenated parts kept together ("MUS-samtale").</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*")]
    private static partial Regex Word();

    [GeneratedRegex("(else|ing|hed|ion|skab|dom|plan|pleje|center|område|udvalg|samtale|forløb|indsats|arbejde|miljø|leder|elev|job|tid|uddannelse|kursus|senior|møde|strategi|budget|politik)$")]
    private static partial Regex NounEnding();

    [GeneratedRegex("(else|ing|hed|ion|skab)$")]
    private static partial Regex LinkingS();

    [GeneratedRegex(@"[.!?;:]\s+|\n+")]
    private static partial Regex SentenceEnd();
}
