using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Security.Claims;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Portal.Core.Content.Visibility;

namespace Portal.Search.Services;

/// <summary>
/// Searches this node's index for one reader: only documents one of the reader's keys may read take
/// part, so what they may not read is in no hit, count, facet, snippet or suggestion.
/// </summary>
public sealed class SearchService(SearchIndex index, IContentVisibility visibility)
{
    public const int PageSize = 10;
    public const int MaxPage = 100;
    private const int SuggestionCount = 8;

    /// <summary>The readers' filters, kept per set of keys: each caches its bits per index segment.</summary>
    private static readonly ConcurrentDictionary<string, (Filter? Allowed, Filter Permissions)> ReaderFilters = new(StringComparer.Ordinal);

    public async Task<SearchResults> SearchAsync(ClaimsPrincipal user, SearchRequest request)
    {
        if (!index.IsReadable)
        {
            return SearchResults.Unavailable;
        }

        var parsed = SearchQueryParser.Parse(request.Query, index.Analyzer);
        if (parsed.Query is null)
        {
            return SearchResults.Refused(parsed.Error!);
        }

        var page = Math.Clamp(request.Page, 1, MaxPage);
        var filter = await ReaderFilterAsync(user);
        if (filter is null)
        {
            return new SearchResults(0, [], SearchFacets.None, page, PageSize);
        }

        var query = Narrow(parsed.Query, request);
        return index.Search(searcher =>
        {
            var wanted = page * PageSize;
            ITopDocsCollector top = request.Sort == SearchSort.Date
                ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true)), wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true)
                : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
            var facets = new FacetCounter(SearchFields.TypeFacet, SearchFields.Committee, SearchFields.Year);
            searcher.Search(query, filter.For(searcher.IndexReader), MultiCollector.Wrap(top, facets));

            var docs = top.GetTopDocs((page - 1) * PageSize, PageSize);
            var hits = docs.ScoreDocs.Select(d => Hit(searcher.Doc(d.Doc), parsed.Query)).ToList();
            return new SearchResults(top.TotalHits, hits, Facets(facets), page, PageSize);
        });
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(ClaimsPrincipal user, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > SearchQueryParser.MaxLength)
        {
            return [];
        }

        if (!index.IsReadable)
        {
            return [];
        }

        var words = Words(index.Analyzer, SearchFields.Suggest, text);
        if (words.Count == 0 || await ReaderFilterAsync(user) is not { } filter)
        {
            return [];
        }

        // The last word is still being typed unless the text ends with a space.
        var typing = !char.IsWhiteSpace(text[^1]);
        var query = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
        {
            var term = new Term(SearchFields.Suggest, words[i]);
            query.Add(typing && i == words.Count - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }

        return index.Search(searcher =>
        {
            var top = searcher.Search(query, filter.For(searcher.IndexReader), SuggestionCount, new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true)));
            return top.ScoreDocs
                .Select(d => searcher.Doc(d.Doc))
                .Select(d => new SearchSuggestion(d.Get(SearchFields.Title), d.Get(SearchFields.Url), d.Get(SearchFields.TypeLabel)))
                .ToList();
        });
    }

    /// <summary>
    /// What the reader may find: documents one of their keys may read, of items whose pages they may
    /// open (the permission the item's module requires, if any).
    /// </summary>
    private async Task<ReaderFilter?> ReaderFilterAsync(ClaimsPrincipal user)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (keys.Count == 0)
        {
            return null;
        }

        // The keys many readers share (everyone, roles, permissions, committees) make one filter,
        // kept with its bits per index segment for all of them. The user's own keys (a rule may give
        // a published version to one user) only count when a document carries one.
        var shared = keys.Where(k => !IsPersonal(k)).Order(StringComparer.Ordinal).ToList();
        if (ReaderFilters.Count > 10_000)
        {
            ReaderFilters.Clear();
        }

        var (allowed, permissions) = ReaderFilters.GetOrAdd(string.Join('\n', shared), _ =>
        {
            var permissions = new CachingWrapperFilter(TermsOf(SearchFields.Permission, [SearchFields.NoPermission, .. shared.Where(k => k.StartsWith(PermissionPrefix, StringComparison.Ordinal)).Select(k => k[PermissionPrefix.Length..])]));
            Filter? allowed = shared.Count == 0 ? null : new CachingWrapperFilter(new BooleanFilter
            {
                { TermsOf(SearchFields.Reader, shared), Occur.MUST },
                { permissions, Occur.MUST },
            });
            return (allowed, (Filter)permissions);
        });
        return new ReaderFilter(allowed, [.. keys.Where(IsPersonal)], permissions);
    }

    /// <summary>The filter for one reader, decided per index state: their own keys join only when a document carries one.</summary>
    private sealed record ReaderFilter(Filter? Shared, IReadOnlyList<string> Own, Filter Permissions)
    {
        public Filter For(IndexReader reader)
        {
            var own = Own.Where(key => reader.DocFreq(new Term(SearchFields.Reader, key)) > 0).ToList();
            if (own.Count == 0)
            {
                return Shared ?? new BooleanFilter();
            }

            var personal = new BooleanFilter { { TermsOf(SearchFields.Reader, own), Occur.MUST }, { Permissions, Occur.MUST } };
            return Shared is null ? personal : new BooleanFilter { { Shared, Occur.SHOULD }, { personal, Occur.SHOULD } };
        }
    }

    private static readonly string PermissionPrefix = PrincipalKeys.Permission(new Portal.Core.Security.Permission("", "", ""));

    private static readonly string[] PersonalPrefixes = [PrincipalKeys.User(""), PrincipalKeys.UserName("")];

    private static bool IsPersonal(string key) => PersonalPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    private static TermsFilter TermsOf(string field, IEnumerable<string> values) => new([.. values.Select(v => new Term(field, v))]);

    /// <summary>The reader's query, narrowed to the facet values they chose (which do not change the ranking).</summary>
    private static Query Narrow(Query query, SearchRequest request)
    {
        var narrowing = new List<Term>();
        if (!string.IsNullOrWhiteSpace(request.Type))
        {
            narrowing.Add(new Term(SearchFields.Type, request.Type));
        }

        if (!string.IsNullOrWhiteSpace(request.Committee))
        {
            narrowing.Add(new Term(SearchFields.Committee, request.Committee));
        }

        if (request.Year is { } year)
        {
            narrowing.Add(new Term(SearchFields.Year, year.ToString(CultureInfo.InvariantCulture)));
        }

        if (narrowing.Count == 0)
        {
            return query;
        }

        var narrowed = new BooleanQuery { { query, Occur.MUST } };
        foreach (var term in narrowing)
        {
            narrowed.Add(new ConstantScoreQuery(new TermQuery(term)) { Boost = 0 }, Occur.MUST);
        }

        return narrowed;
    }

    private SearchHit Hit(Document document, Query query)
    {
        var title = document.Get(SearchFields.Title);
        var body = document.Get(SearchFields.Body) ?? "";
        var date = document.GetField(SearchFields.Date)?.GetInt64Value();
        return new SearchHit(
            document.Get(SearchFields.Id),
            document.Get(SearchFields.Type),
            document.Get(SearchFields.TypeLabel),
            title,
            Snippets.Title(query, index.Analyzer, title),
            document.Get(SearchFields.Url),
            document.Get(SearchFields.Committee),
            date is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null,
            Snippets.Body(query, index.Analyzer, body));
    }

    private static SearchFacets Facets(FacetCounter counter)
    {
        var types = counter.Counts(SearchFields.TypeFacet)
            .Select(c => c.Key.Split(SearchFields.LabelSeparator, 2) is [var type, var label] ? new FacetValue(type, label, c.Value) : new FacetValue(c.Key, c.Key, c.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(Danish, false))
            .ToList();
        var committees = counter.Counts(SearchFields.Committee)
            .Select(c => new FacetValue(c.Key, c.Key, c.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(Danish, false))
            .ToList();
        var years = counter.Counts(SearchFields.Year)
            .Select(c => new FacetValue(c.Key, c.Key, c.Value))
            .OrderByDescending(f => f.Value, StringComparer.Ordinal)
            .ToList();
        return new SearchFacets(types, committees, years);
    }

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static List<string> Words(Analyzer analyzer, string field, string text)
    {
        var words = new List<string>();
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            words.Add(term.ToString());
        }

        tokens.End();
        return words;
    }
}
