using System.Globalization;
using System.Text;
using Portal.Core.Search;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>
/// A deterministic corpus (the same seed gives the same documents) of <see cref="SearchDocument"/>s
/// as the modules describe their items: titles of 4–10 words, texts of 80–600 words in paragraphs,
/// the demo's types and labels, committees, dates over 2019–2026, and readers: everyone, except
/// a quarter of the agenda items (a tenth of the corpus), closed to their committee's members and
/// secretaries as MED's rule stores them.
/// </summary>
internal sealed class Corpus
{
    /// <summary>Zipf exponent of the word ranks.</summary>
    private const double Zipf = 1.0;

    /// <summary>How often the next word is one that follows the previous word in the demo's texts.</summary>
    private const double FollowProbability = 0.55;

    private const string IdAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    private static readonly DateTime From = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Type, label, share of the corpus (%), whether it belongs to a committee.</summary>
    private static readonly (string Type, string Label, int Percent, bool Committee, string Url)[] Types =
    [
        ("AgendaItem", "Dagsordenspunkt", 40, true, "/items/"),
        ("Meeting", "Møde", 8, true, "/meetings/"),
        ("Recommendation", "Anbefaling", 8, true, "/recommendations/"),
        ("RecommendationReport", "Rapport", 3, true, "/recommendations/reports/"),
        ("Initiative", "Initiativ", 10, true, "/initiatives/"),
        ("QuarterlyFollowUp", "Opfølgning", 4, true, "/followups/"),
        ("Strategy", "Strategi", 2, true, "/strategies/"),
        ("Story", "Historie", 15, false, "/stories/"),
        ("Page", "Side", 10, false, "/content/"),
    ];

    private readonly Vocabulary _vocabulary;
    private readonly double[] _cumulative;
    private readonly (string Id, string Name)[] _committees;

    public Corpus(Vocabulary vocabulary, Random random)
    {
        _vocabulary = vocabulary;
        _cumulative = new double[vocabulary.Words.Length];
        var sum = 0.0;
        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            sum += 1 / Math.Pow(rank + 1, Zipf);
            _cumulative[rank] = sum;
        }

        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= sum;
        }

        _committees = [.. vocabulary.Committees.Select(c => (NewId(random), c.Name))];
    }

    public IReadOnlyList<(string Id, string Name)> Committees => _committees;

    /// <summary>The key a committee's members hold (MedKeys.MemberOf).</summary>
    public static string MemberKey(string committeeId) => $"committee:{committeeId}:member";

    public static string SecretaryKey(string committeeId) => $"committee:{committeeId}:secretary";

    public List<SearchDocument> Generate(int count, Random random)
    {
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(Document(random));
        }

        return documents;
    }

    private SearchDocument Document(Random random)
    {
        var pick = random.Next(100);
        var type = Types[0];
        foreach (var candidate in Types)
        {
            if (pick < candidate.Percent)
            {
                type = candidate;
                break;
            }

            pick -= candidate.Percent;
        }

        var id = NewId(random);
        var committee = type.Committee ? _committees[random.Next(_committees.Length)] : default;
        var date = From.AddTicks((long)(random.NextDouble() * (To - From).Ticks));
        var closed = type.Type == "AgendaItem" && random.Next(4) == 0;
        var document = new SearchDocument
        {
            ContentItemId = id,
            ContentItemVersionId = NewId(random),
            ContentType = type.Type,
            TypeLabel = type.Label,
            Title = type.Type == "Meeting"
                ? $"Referat: {committee.Name} {date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}"
                : Title(random),
            Url = type.Url + id,
            Committee = committee.Name,
            DateUtc = date,
            Readers = closed ? [MemberKey(committee.Id), SecretaryKey(committee.Id)] : ["everyone"],
        };

        // The text in paragraphs of 2–6 sentences, as handlers add an item's texts one by one.
        var words = random.Next(80, 601);
        while (words > 0)
        {
            var paragraph = new StringBuilder();
            for (var sentences = random.Next(2, 7); sentences > 0 && words > 0; sentences--)
            {
                var length = Math.Min(words, random.Next(6, 23));
                words -= length;
                paragraph.Append(paragraph.Length == 0 ? "" : " ");
                Sentence(paragraph, random, length, Unigram(random));
                paragraph.Append('.');
            }

            document.AddText(paragraph.ToString());
        }

        return document;
    }

    private string Title(Random random)
    {
        var title = new StringBuilder();
        var titleWords = _vocabulary.TitleWords;
        Sentence(title, random, random.Next(4, 11), titleWords[random.Next(titleWords.Length)]);
        return title.ToString();
    }

    /// <summary>Words that mostly follow each other as in the demo's texts (so phrases occur), otherwise drawn by Zipf's law.</summary>
    private void Sentence(StringBuilder text, Random random, int length, int word)
    {
        var start = text.Length;
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                text.Append(random.Next(12) == 0 ? ", " : " ");
            }

            text.Append(_vocabulary.Words[word]);
            word = _vocabulary.Followers.TryGetValue(word, out var next) && random.NextDouble() < FollowProbability
                ? next[random.Next(next.Length)]
                : Unigram(random);
        }

        text[start] = char.ToUpperInvariant(text[start]);
    }

    private int Unigram(Random random)
    {
        var rank = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(rank < 0 ? ~rank : rank, _cumulative.Length - 1);
    }

    private static string NewId(Random random) => string.Create(26, random, (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = IdAlphabet[r.Next(IdAlphabet.Length)];
        }
    });
}
