using System.Diagnostics;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>Timings in milliseconds and their percentiles (nearest rank).</summary>
internal sealed class Samples
{
    private readonly List<double> _values = [];

    public int Count => _values.Count;

    public void Add(double milliseconds) => _values.Add(milliseconds);

    public void Add(long startTimestamp) => _values.Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public double Percentile(double p)
    {
        if (_values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Median => Percentile(50);

    public double Sum => _values.Sum();
}
