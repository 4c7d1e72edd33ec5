using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Portal.Search.Services;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>
/// Where a search's time goes: the steps of <c>SearchService.SearchAsync</c> replayed one by one
/// with the same calls (its parser, reader filter, collectors, stored fields and highlighter
/// settings), each timed. A profile for reading the numbers, not a second implementation to keep.
/// </summary>
internal sealed class LuceneStages(SearchIndex index, IReadOnlySet<string> keys)
{

    private readonly Filter _filter = new CachingWrapperFilter(new TermsFilter([.. keys.Select(k => new Term(SearchFields.Reader, k))]));

    /// <summary>Every query's steps.</summary>
    public StageTimes All { get; } = new();

    /// <summary>Each query's own steps, by its text.</summary>
    public Dictionary<string, StageTimes> PerQuery { get; } = new(StringComparer.Ordinal);

    public void Run(string text, bool record)
    {
        var started = Stopwatch.GetTimestamp();
        var parsed = SearchQueryParser.Parse(text, index.Analyzer);
        var parse = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (parsed.Query is not { } query)
        {
            return;
        }

        index.Search(searcher =>
        {
            var start = Stopwatch.GetTimestamp();
            var topOnly = TopScoreDocCollector.Create(SearchService.PageSize, docsScoredInOrder: true);
            searcher.Search(query, _filter, topOnly);
            var topOnlyMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            var top = TopScoreDocCollector.Create(SearchService.PageSize, docsScoredInOrder: true);
            var facets = new FacetCounter(SearchFields.TypeFacet, SearchFields.Committee, SearchFields.Year);
            searcher.Search(query, _filter, MultiCollector.Wrap(top, facets));
            var docs = top.GetTopDocs(0, SearchService.PageSize);
            _ = facets.Counts(SearchFields.TypeFacet).Count + facets.Counts(SearchFields.Committee).Count + facets.Counts(SearchFields.Year).Count;
            var topAndFacetsMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            var inMemory = TopScoreDocCollector.Create(SearchService.PageSize, docsScoredInOrder: true);
            var memoryFacets = new InMemoryFacets(SearchFields.TypeFacet, SearchFields.Committee, SearchFields.Year);
            searcher.Search(query, _filter, MultiCollector.Wrap(inMemory, memoryFacets));
            _ = inMemory.GetTopDocs(0, SearchService.PageSize);
            var inMemoryMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            var stored = docs.ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
            var storedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            foreach (var document in stored)
            {
                _ = Snippets.Title(query, index.Analyzer, document.Get(SearchFields.Title));
            }

            var titleMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            foreach (var document in stored)
            {
                _ = Snippets.Body(query, index.Analyzer, document.Get(SearchFields.Body) ?? "");
            }

            var bodyMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            // The texts only run through the analyzer, as the highlighter runs them: its least cost.
            start = Stopwatch.GetTimestamp();
            foreach (var document in stored)
            {
                using var tokens = index.Analyzer.GetTokenStream(SearchFields.Body, document.Get(SearchFields.Body) ?? "");
                tokens.Reset();
                while (tokens.IncrementToken())
                {
                }

                tokens.End();
            }

            var analyzeMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (record)
            {
                if (!PerQuery.TryGetValue(text, out var own))
                {
                    PerQuery[text] = own = new StageTimes();
                }

                foreach (var times in new[] { All, own })
                {
                    times.Parse.Add(parse);
                    times.TopOnly.Add(topOnlyMs);
                    times.TopAndFacets.Add(topAndFacetsMs);
                    times.TopAndFacetsInMemory.Add(inMemoryMs);
                    times.StoredFields.Add(storedMs);
                    times.HighlightTitle.Add(titleMs);
                    times.HighlightBody.Add(bodyMs);
                    times.AnalyzeBody.Add(analyzeMs);
                    times.TextChars.Add(stored.Count == 0 ? 0 : stored.Average(d => d.Get(SearchFields.Body)?.Length ?? 0));
                }
            }

            return 0;
        });
    }
}

internal sealed class StageTimes
{
    public Samples Parse { get; } = new();

    public Samples TopOnly { get; } = new();

    public Samples TopAndFacets { get; } = new();

    public Samples StoredFields { get; } = new();

    /// <summary>The same with the facet fields' ordinals in arrays on the heap (<see cref="InMemoryFacets"/>), for comparison.</summary>
    public Samples TopAndFacetsInMemory { get; } = new();

    public Samples HighlightTitle { get; } = new();

    public Samples HighlightBody { get; } = new();

    /// <summary>Running the 10 texts through the analyzer alone.</summary>
    public Samples AnalyzeBody { get; } = new();

    /// <summary>The mean length of the hits' texts (characters), the highlighter's input.</summary>
    public Samples TextChars { get; } = new();
}
