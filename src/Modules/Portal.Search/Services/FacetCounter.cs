using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Services;

/// <summary>
/// Counts, over every hit the search collects (so only what the reader may see), how many have each
/// value of some fields, from the values kept beside the index (doc values): no stored field is read.
/// </summary>
internal sealed class FacetCounter(params string[] fields) : ICollector
{
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Length];
    private readonly int[][] _segmentCounts = new int[fields.Length][];
    private readonly Dictionary<string, int>[] _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        AddSegment();
        for (var i = 0; i < fields.Length; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(fields[i]);
            _segmentCounts[i] = new int[_values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is { } values && values.GetOrd(doc) is var ord and >= 0)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    /// <summary>The counts of one field's values, after the search.</summary>
    public IReadOnlyDictionary<string, int> Counts(string field)
    {
        AddSegment();
        return _totals[Array.IndexOf(fields, field)];
    }

    /// <summary>Turns the last segment's counts by ordinal into counts by value.</summary>
    private void AddSegment()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            var counts = _segmentCounts[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
                    counts[ord] = 0;
                }
            }

            _values[i] = null;
        }
    }
}
