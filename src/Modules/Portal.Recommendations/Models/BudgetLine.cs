namespace Portal.Recommendations.Models;

/// <summary>
/// One line of a recommendation's "Ressourcer og økonomi": an amount for a period of whole years,
/// where the money comes from and what it pays for, e.g. 200.000 kr. in 2024 from the central pool.
/// </summary>
public sealed record BudgetLine(decimal Kroner, int FromYear, int ToYear, string FundingSource, string Purpose = "")
{
    public IEnumerable<int> Years => Enumerable.Range(FromYear, ToYear - FromYear + 1);

    /// <summary>"2024" or "2024–2025".</summary>
    public string Period => FromYear == ToYear ? $"{FromYear}" : $"{FromYear}–{ToYear}";

    /// <summary>
    /// The amount per year of its period: split evenly in whole kroner, the remainder in the first
    /// year, so the years add up to the line.
    /// </summary>
    public IReadOnlyDictionary<int, decimal> PerYear()
    {
        var years = ToYear - FromYear + 1;
        var share = decimal.Floor(Kroner / years);
        var result = Years.ToDictionary(year => year, _ => share);
        result[FromYear] += Kroner - (share * years);
        return result;
    }
}
