using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Recommendations.Models;

/// <summary>
/// Amounts in kroner as the reports write them: "200.000 kr.", "3,6 mio. kr.", "1. mio. kr.", "1.500",
/// with a point between thousands and a comma before decimals.
/// </summary>
public static partial class DanishAmount
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static bool TryParse(string? text, out decimal kroner)
    {
        kroner = 0;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["whole"].Value.Replace(".", "", StringComparison.Ordinal);
        if (match.Groups["decimals"].Success)
        {
            number += "." + match.Groups["decimals"].Value;
        }

        kroner = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (match.Groups["million"].Success)
        {
            kroner *= 1_000_000m;
        }

        // Kroner and øre, nothing finer.
        return decimal.Round(kroner, 2) == kroner;
    }

    /// <summary>The message for a field whose text is not an amount.</summary>
    public static string Invalid(string field) =>
        $"{field}: skriv et beløb i kroner, fx \"200.000 kr.\" eller \"3,6 mio. kr.\".";

    /// <summary>200.000 kr. (øre only when there are any).</summary>
    public static string Format(decimal kroner) =>
        kroner.ToString(decimal.Truncate(kroner) == kroner ? "#,0" : "#,0.00", Danish) + " kr.";

    // Whole kroner with thousands points (or none), optional decimals, an optional point after the
    // number ("1. mio."), an optional "mio." and an optional "kr.".
    [GeneratedRegex(@"^(?<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?<decimals>\d+))?\.?\s*(?<million>mio\.?|mill?ioner|million)?\s*(?:kr\.?|kroner)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
