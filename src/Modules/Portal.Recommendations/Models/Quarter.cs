using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Recommendations.Models;

/// <summary>A calendar quarter, the period of one follow-up. Written 2022Q4, read "4. kvartal 2022".</summary>
public readonly partial record struct Quarter : IComparable<Quarter>
{
    /// <summary>How long after a quarter ends its follow-up may wait before it is overdue.</summary>
    public static readonly TimeSpan FollowUpGrace = TimeSpan.FromDays(30);

    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => new(Year, (Number * 3) - 2, 1);

    /// <summary>The first day after the quarter.</summary>
    public DateOnly End => Start.AddMonths(3);

    /// <summary>The last day its follow-up is on time.</summary>
    public DateOnly FollowUpDue => End.AddDays(FollowUpGrace.Days - 1);

    public static Quarter Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    /// <summary>The last quarter that has ended on <paramref name="today"/>.</summary>
    public static Quarter LastEnded(DateOnly today) => Containing(today).Previous();

    public Quarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Previous() => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>Whether a follow-up for this quarter, not yet recorded, is late on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => today > FollowUpDue;

    /// <summary>Reads "2022Q4" (as in addresses and the API) or "4. kvartal 2022".</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quarter? quarter)
    {
        quarter = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Code().Match(text.Trim());
        if (!match.Success)
        {
            match = Danish().Match(text.Trim());
        }

        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        // The quarter before and after must exist too, so the first and last years are left out.
        if (year is < 2001 or > 2998 || number is < 1 or > 4)
        {
            return false;
        }

        quarter = new Quarter(year, number);
        return true;
    }

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    /// <summary>2022Q4.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}");

    /// <summary>4. kvartal 2022.</summary>
    public string ToDanish() => string.Create(CultureInfo.InvariantCulture, $"{Number}. kvartal {Year}");

    [GeneratedRegex(@"^(?<year>\d{4})\s*[Qq](?<number>\d)$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?<number>\d)\.\s*kvartal\s+(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Danish();
}
