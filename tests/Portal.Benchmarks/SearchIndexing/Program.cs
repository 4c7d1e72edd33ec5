using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Claims;
using Portal.Benchmarks.SearchIndexing;
using Portal.Core.Hosting;
using Portal.Core.Search;
using Portal.Search.Services;

// Issue 16's search benchmark (see ../search.sh and docs/performance.md, "Search"):
//   indexing throughput and query latency of the Search module (Lucene.Net, Danish analyzer) on a
//   generated corpus, beside SQLite FTS5 on the same corpus and queries, in one run on one machine.
//   CORPUS_SIZE=100000 ROUNDS=20 WARMUP=3 SEED=16 dotnet SearchIndexing.dll
//   dotnet SearchIndexing.dll --into DATA_PATH    adds the corpus to a (stopped) portal's index
//   dotnet SearchIndexing.dll --profile DATA_PATH [QUERY...]   times the query mix (or these queries)
//                                 on a (stopped) portal's index, as a reader with the key everyone
var inv = CultureInfo.InvariantCulture;
var size = Setting("CORPUS_SIZE", 100_000);
var rounds = Setting("ROUNDS", 20);
var warmup = Setting("WARMUP", 3);
var seed = Setting("SEED", 16);
const int Batch = 500;
const double TargetDocsPerSecond = 1500;
const double TargetP95 = 15;

if (args is ["--profile", var profiled, .. var queries])
{
    return await ProfileAsync(profiled, queries.Length > 0 ? queries : [.. QueryMix.Queries.Select(q => q.Text)]);
}

// The reader: every signed-in user's key, and membership of Hovedudvalget (so they may read its
// closed items, and no other committee's).
var random = new Random(seed);
var vocabulary = Vocabulary.FromRecipe(Path.Combine(AppContext.BaseDirectory, "demo.recipe.json"), compounds: 20_000, random);
var corpus = new Corpus(vocabulary, random);
var member = corpus.Committees.First(c => c.Name == "Hovedudvalget");
IReadOnlySet<string> keys = new HashSet<string>(StringComparer.Ordinal) { "everyone", Corpus.MemberKey(member.Id) };

var generating = Stopwatch.StartNew();
var documents = corpus.Generate(size, random);
generating.Stop();

if (args is ["--into", var dataPath])
{
    return Into(dataPath);
}

Console.WriteLine(string.Create(inv,
    $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC (as the portal)"));
var bodyWords = documents.Sum(d => (long)WordCount(d.Body));
Console.WriteLine(string.Create(inv,
    $"corpus: {documents.Count:N0} documents (seed {seed}), {bodyWords / 1e6:0.0} M words of text ({bodyWords / (double)documents.Count:0} a document), " +
    $"{documents.Sum(d => d.Body.Length + d.Title.Length) / 1e6:0} M characters; words from the demo recipe ({vocabulary.DemoWords:N0} words, {vocabulary.DemoTokens:N0} in all) " +
    $"and {vocabulary.Words.Length - vocabulary.DemoWords:N0} compounds of {vocabulary.Nouns} of its nouns, Zipf-ranked; made in {generating.Elapsed.TotalSeconds:0.0} s"));
var restricted = documents.Count(d => !d.Readers.Contains("everyone"));
var visible = documents.Count(d => d.Readers.Any(keys.Contains));
Console.WriteLine(string.Create(inv,
    $"readers: {restricted:N0} documents ({100.0 * restricted / documents.Count:0.0} %) only for a committee's members; the reader (everyone + a member of Hovedudvalget) may read {visible:N0}"));

var folder = Path.Combine(Path.GetTempPath(), $"portal-bench-search-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
try
{
    // --- Indexing ------------------------------------------------------------------------------
    using var index = new SearchIndex(new DataPaths(Path.Combine(folder, "lucene")));
    index.Open();
    Collect();
    var luceneWatch = Stopwatch.StartNew();
    index.BeginRebuild();
    foreach (var chunk in documents.Chunk(Batch))
    {
        index.Add(chunk);
    }

    index.Commit(1, "benchmark");
    luceneWatch.Stop();
    var luceneDocsPerSecond = documents.Count / luceneWatch.Elapsed.TotalSeconds;

    using var fts = new Fts5Engine(Path.Combine(folder, "fts5.db"), keys);
    fts.Create();
    Collect();
    var ftsWatch = Stopwatch.StartNew();
    var nextId = 1L;
    foreach (var chunk in documents.Chunk(Batch))
    {
        fts.Add(chunk, ref nextId);
    }

    ftsWatch.Stop();
    var ftsDocsPerSecond = documents.Count / ftsWatch.Elapsed.TotalSeconds;
    fts.Checkpoint();

    var luceneBytes = FolderBytes(index.IndexPath);
    var segments = index.Search(searcher => searcher.IndexReader.Leaves.Count);
    var ftsBytes = new DirectoryInfo(folder).GetFiles("fts5.db*").Sum(f => f.Length);
    var analysisShare = AnalysisShare(documents, luceneWatch.Elapsed.TotalMilliseconds / documents.Count);

    // --- Queries -------------------------------------------------------------------------------
    var service = new SearchService(index, new FakeVisibility(keys));
    var user = new ClaimsPrincipal(new ClaimsIdentity("bench"));
    var mix = QueryMix.Queries.Select(q => (q.Kind, q.Text, Fts: QueryMix.ToFts5(q.Text))).ToArray();
    var suggestions = QueryMix.Suggestions.Select(s => (Text: s, Fts: QueryMix.SuggestToFts5(s))).ToArray();
    var luceneQueries = new Samples();
    var ftsQueries = new Samples();
    var luceneSuggest = new Samples();
    var ftsSuggest = new Samples();
    var perQuery = mix.Select(_ => (Lucene: new Samples(), Fts: new Samples(), FtsTop: new Samples(), FtsFacets: new Samples())).ToArray();
    var luceneTotals = new int[mix.Length];
    var ftsTotals = new int[mix.Length];
    var stages = new LuceneStages(index, keys);

    var loadBefore = LoadAverage();
    for (var round = -warmup; round < rounds; round++)
    {
        var record = round >= 0;

        // Side by side: each round runs the whole mix on both, the engine that goes first alternating.
        foreach (var lucenePass in round % 2 == 0 ? new[] { true, false } : [false, true])
        {
            for (var i = 0; i < mix.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                if (lucenePass)
                {
                    var results = await service.SearchAsync(user, new SearchRequest { Query = mix[i].Text });
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (results.Error is not null)
                    {
                        throw new InvalidOperationException($"{mix[i].Text}: {results.Error}");
                    }

                    luceneTotals[i] = results.Total;
                    if (record)
                    {
                        luceneQueries.Add(ms);
                        perQuery[i].Lucene.Add(ms);
                    }
                }
                else
                {
                    var results = fts.Search(mix[i].Fts);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    ftsTotals[i] = results.Total;
                    if (record)
                    {
                        ftsQueries.Add(ms);
                        perQuery[i].Fts.Add(ms);
                        perQuery[i].FtsTop.Add(results.TopMs);
                        perQuery[i].FtsFacets.Add(results.FacetsMs);
                    }
                }
            }

            foreach (var (text, ftsText) in suggestions)
            {
                var started = Stopwatch.GetTimestamp();
                if (lucenePass)
                {
                    _ = await service.SuggestAsync(user, text);
                    if (record)
                    {
                        luceneSuggest.Add(started);
                    }
                }
                else
                {
                    _ = fts.Suggest(ftsText);
                    if (record)
                    {
                        ftsSuggest.Add(started);
                    }
                }
            }
        }
    }

    var loadAfter = LoadAverage();

    // The profile of Lucene's steps, after the measured rounds so it does not disturb them.
    for (var round = -1; round < Math.Max(rounds / 2, 1); round++)
    {
        foreach (var (_, text, _) in mix)
        {
            stages.Run(text, record: round >= 0);
        }
    }

    // --- Report --------------------------------------------------------------------------------
    Console.WriteLine();
    Console.WriteLine(string.Create(inv,
        $"query mix: {mix.Length} queries x {rounds} rounds after {warmup} warm-up rounds (load average {loadBefore} before, {loadAfter} after); per query, total visible hits and median ms:"));
    Console.WriteLine("kind, query, Lucene hits, FTS5 hits, Lucene median ms, FTS5 median ms, " +
        "Lucene steps: collect top 10 + facets, stored fields, highlight titles + texts; FTS5 steps: top 10 with snippets, count + facets");
    for (var i = 0; i < mix.Length; i++)
    {
        var steps = stages.PerQuery.GetValueOrDefault(mix[i].Text);
        Console.WriteLine(string.Create(inv,
            $"{mix[i].Kind}, {mix[i].Text}, {luceneTotals[i]}, {ftsTotals[i]}, {perQuery[i].Lucene.Median:0.00}, {perQuery[i].Fts.Median:0.00}, " +
            $"{steps?.TopAndFacets.Median:0.00} {steps?.StoredFields.Median:0.00} {steps?.HighlightTitle.Median + steps?.HighlightBody.Median:0.00}, " +
            $"{perQuery[i].FtsTop.Median:0.00} {perQuery[i].FtsFacets.Median:0.00}"));
    }

    Console.WriteLine();
    Console.WriteLine("FTS5's plan for the top 10 (fastholdelse): " + string.Join(" / ", fts.Plan(QueryMix.ToFts5("fastholdelse"))));
    Console.WriteLine($"FTS5 tokenizer: {Fts5Engine.Tokenizer}. FTS5 has no Danish stemmer and no Danish stop words, so its hits differ from Lucene's where inflection or small words matter.");
    Console.WriteLine(string.Create(inv,
        $"Lucene, where a search's time goes (median ms over the mix, SearchService's steps replayed): parse {stages.All.Parse.Median:0.00}, " +
        $"top 10 only {stages.All.TopOnly.Median:0.00}, top 10 + facets {stages.All.TopAndFacets.Median:0.00} (p95 {stages.All.TopAndFacets.Percentile(95):0.00}; " +
        $"with the facets' ordinals in memory, for comparison: {stages.All.TopAndFacetsInMemory.Median:0.00}, p95 {stages.All.TopAndFacetsInMemory.Percentile(95):0.00}), " +
        $"stored fields of 10 {stages.All.StoredFields.Median:0.00}, highlight 10 titles {stages.All.HighlightTitle.Median:0.00}, " +
        $"highlight 10 texts {stages.All.HighlightBody.Median:0.00} (p95 {stages.All.HighlightBody.Percentile(95):0.00})"));
    Console.WriteLine(string.Create(inv,
        $"Lucene indexing: about {analysisShare:0} % of it is the analysis alone (Danish analyzer over title and text, standard analyzer over the title for suggestions), measured on the first 5,000 documents"));

    Console.WriteLine();
    Console.WriteLine("measure, Lucene (Search module), SQLite FTS5, ratio Lucene/FTS5, target");
    Console.WriteLine(string.Create(inv,
        $"indexing docs/s, {luceneDocsPerSecond:0}, {ftsDocsPerSecond:0}, {luceneDocsPerSecond / ftsDocsPerSecond:0.00}, ≥ {TargetDocsPerSecond:N0} docs/s: {(luceneDocsPerSecond >= TargetDocsPerSecond ? "yes" : "NO")}"));
    Console.WriteLine(string.Create(inv,
        $"indexing s, {luceneWatch.Elapsed.TotalSeconds:0.0}, {ftsWatch.Elapsed.TotalSeconds:0.0}, {luceneWatch.Elapsed.TotalSeconds / ftsWatch.Elapsed.TotalSeconds:0.00},"));
    Console.WriteLine(string.Create(inv,
        $"index on disk MB, {luceneBytes / 1048576.0:0}, {ftsBytes / 1048576.0:0}, {(double)luceneBytes / ftsBytes:0.00}, (Lucene: {segments} segments)"));
    foreach (var p in new[] { 50, 95, 99 })
    {
        var lucene = luceneQueries.Percentile(p);
        var sqlite = ftsQueries.Percentile(p);
        var target = p == 95 ? $"≤ {TargetP95:0} ms and ≤ FTS5: {(lucene <= TargetP95 && lucene <= sqlite ? "yes" : "NO")}" : "";
        Console.WriteLine(string.Create(inv, $"query p{p} ms, {lucene:0.00}, {sqlite:0.00}, {lucene / sqlite:0.00}, {target}"));
    }

    foreach (var p in new[] { 50, 95 })
    {
        Console.WriteLine(string.Create(inv,
            $"suggest p{p} ms, {luceneSuggest.Percentile(p):0.00}, {ftsSuggest.Percentile(p):0.00}, {luceneSuggest.Percentile(p) / ftsSuggest.Percentile(p):0.00},"));
    }
}
finally
{
    if (Environment.GetEnvironmentVariable("KEEP") != "1")
    {
        Directory.Delete(folder, recursive: true);
    }
    else
    {
        Console.WriteLine($"kept: {folder}");
    }
}

return 0;

// Adds the corpus to the index of a portal's data folder (the portal stopped), committed as having
// applied the same indexing tasks from the same database as before, so the portal neither rebuilds
// nor loses its own items.
int Into(string dataPath)
{
    using var index = new SearchIndex(new DataPaths(Path.GetFullPath(dataPath)));
    index.Open();
    if (!index.HasCommit || index.DatabaseEpoch is not { } epoch)
    {
        Console.Error.WriteLine($"{dataPath}: the portal has not built its search index yet, or is older than this benchmark (no database epoch); start it once and wait for the index.");
        return 1;
    }

    var before = index.DocumentCount;
    var watch = Stopwatch.StartNew();
    foreach (var chunk in documents.Chunk(Batch))
    {
        index.Add(chunk);
    }

    index.Commit(index.AppliedTaskId, epoch);
    Console.WriteLine(string.Create(inv,
        $"{dataPath}: added {documents.Count:N0} generated documents to the portal's {before:N0} in {watch.Elapsed.TotalSeconds:0.0} s; {index.DocumentCount:N0} in the index"));
    return 0;
}

// Each query's median through SearchService and its steps, on the index of a portal's data folder.
async Task<int> ProfileAsync(string dataPath, string[] queries)
{
    using var index = new SearchIndex(new DataPaths(Path.GetFullPath(dataPath)));
    IReadOnlySet<string> everyone = new HashSet<string>(StringComparer.Ordinal) { "everyone" };
    var service = new SearchService(index, new FakeVisibility(everyone));
    var user = new ClaimsPrincipal(new ClaimsIdentity("bench"));
    var stages = new LuceneStages(index, everyone);
    var times = queries.ToDictionary(q => q, _ => new Samples(), StringComparer.Ordinal);
    var totals = new Dictionary<string, int>(StringComparer.Ordinal);
    var exceptions = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        exceptions.AddOrUpdate($"{e.Exception.GetType().Name} at {e.Exception.TargetSite?.DeclaringType?.Name}.{e.Exception.TargetSite?.Name}", 1, (_, n) => n + 1);
    for (var round = -warmup; round < rounds; round++)
    {
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var results = await service.SearchAsync(user, new SearchRequest { Query = query });
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            totals[query] = results.Total;
            if (round >= 0)
            {
                times[query].Add(ms);
            }

            stages.Run(query, record: round >= 0);
        }
    }

    Console.WriteLine(string.Create(inv, $"{dataPath}: {index.DocumentCount:N0} documents; {rounds} rounds after {warmup} warm-up rounds"));
    Console.WriteLine("query, hits, median ms, p95 ms, steps: collect top 10 + facets (the facets' ordinals in memory), stored fields, highlight titles, highlight texts (of which analysis); mean characters of the 10 texts");
    foreach (var query in queries)
    {
        var steps = stages.PerQuery.GetValueOrDefault(query);
        Console.WriteLine(string.Create(inv,
            $"{query}, {totals[query]}, {times[query].Median:0.00}, {times[query].Percentile(95):0.00}, " +
            $"{steps?.TopAndFacets.Median:0.00} ({steps?.TopAndFacetsInMemory.Median:0.00}) {steps?.StoredFields.Median:0.00} {steps?.HighlightTitle.Median:0.00} {steps?.HighlightBody.Median:0.00} ({steps?.AnalyzeBody.Median:0.00}); {steps?.TextChars.Median:0}"));
    }

    foreach (var (where, count) in exceptions.OrderByDescending(e => e.Value))
    {
        Console.WriteLine(string.Create(inv, $"exceptions thrown (and caught inside): {count / (double)((rounds + warmup) * queries.Length):0.0} a search, {where}"));
    }

    return 0;
}

// The share of Lucene's indexing time per document that is only running the analyzers over the texts.
static double AnalysisShare(List<SearchDocument> documents, double indexingMsPerDocument)
{
    using var analyzer = SearchFields.CreateAnalyzer();
    var sample = documents.Take(5_000).ToList();
    for (var pass = 0; pass < 2; pass++)
    {
        var watch = Stopwatch.StartNew();
        foreach (var document in sample)
        {
            Drain(analyzer, SearchFields.Title, document.Title);
            Drain(analyzer, SearchFields.Suggest, document.Title);
            Drain(analyzer, SearchFields.Body, document.Body);
        }

        if (pass == 1)
        {
            return 100 * watch.Elapsed.TotalMilliseconds / sample.Count / indexingMsPerDocument;
        }
    }

    return double.NaN;
}

static void Drain(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
{
    using var tokens = analyzer.GetTokenStream(field, text);
    tokens.Reset();
    while (tokens.IncrementToken())
    {
    }

    tokens.End();
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static long FolderBytes(string path) => new DirectoryInfo(path).GetFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

static void Collect()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
