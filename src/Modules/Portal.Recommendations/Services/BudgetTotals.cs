using Portal.Recommendations.Models;

namespace Portal.Recommendations.Services;

/// <summary>The budget table of a report: totals per year, per recommendation and in all.</summary>
public sealed class BudgetTotals
{
    private BudgetTotals(IReadOnlyList<int> years, IReadOnlyDictionary<int, decimal> perYear, IReadOnlyDictionary<string, decimal> perRecommendation)
    {
        Years = years;
        PerYear = perYear;
        PerRecommendation = perRecommendation;
    }

    /// <summary>Every year any line touches, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyDictionary<int, decimal> PerYear { get; }

    /// <summary>Keyed by the recommendation's id (two may carry the same number while an editor renumbers).</summary>
    public IReadOnlyDictionary<string, decimal> PerRecommendation { get; }

    public decimal Total => PerRecommendation.Values.Sum();

    public static BudgetTotals Of(IEnumerable<(string Recommendation, BudgetLine Line)> lines)
    {
        var all = lines.ToList();
        var perYear = all
            .SelectMany(l => l.Line.PerYear())
            .GroupBy(y => y.Key)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Sum(y => y.Value));
        var perRecommendation = all
            .GroupBy(l => l.Recommendation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Line.Kroner), StringComparer.Ordinal);
        return new BudgetTotals([.. perYear.Keys], perYear, perRecommendation);
    }
}
