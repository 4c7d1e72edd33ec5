using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>
/// For comparison only: the module's facet counting with each segment's ordinals copied once into
/// arrays on the heap, instead of read through <c>SortedDocValues.GetOrd</c> from the index files
/// for every hit. What keeping the facet fields' doc values in memory would give.
/// </summary>
internal sealed class InMemoryFacets(params string[] fields) : ICollector
{
    private static readonly ConditionalWeakTable<object, int[][]> Ords = [];
    private int[][] _ords = [];
    private int[][] _counts = [];
    private readonly List<int[]> _all = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _ords = Ords.GetValue(reader.CoreCacheKey, _ => [.. fields.Select(f => Load(reader, f))]);
        _counts = [.. fields.Select(f => new int[(reader.GetSortedDocValues(f)?.ValueCount ?? 0) + 1])];
        _all.AddRange(_counts);
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _ords.Length; i++)
        {
            _counts[i][_ords[i][doc] + 1]++;
        }
    }

    public int Total => _all.Sum(c => c.Length);

    private static int[] Load(AtomicReader reader, string field)
    {
        var ords = new int[reader.MaxDoc];
        var values = reader.GetSortedDocValues(field);
        for (var doc = 0; doc < ords.Length; doc++)
        {
            ords[doc] = values?.GetOrd(doc) ?? -1;
        }

        return ords;
    }
}
