using System.Globalization;
using System.Text;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Services;

/// <summary>
/// A report's budget table as CSV for a spreadsheet set to Danish: semicolons between fields,
/// decimal comma, no thousands separator, UTF-8 with a byte order mark so æ, ø and å survive.
/// One row per budget line with its amount spread over the years, a row per recommendation with
/// its total, and a last row with the totals per year.
/// </summary>
public static class ReportCsv
{
    public static byte[] Of(ReportViewModel report)
    {
        var years = report.Totals.Years;
        var csv = new StringBuilder();
        Row(csv, ["Anbefaling", "Titel", "Tema", "Finansiering", "Anvendelse", "Periode", "Beløb (kr.)", .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        foreach (var chapter in report.Chapters)
        {
            foreach (var recommendation in chapter.Recommendations)
            {
                var number = ReportPages.NumberOf(recommendation);
                foreach (var line in recommendation.Part.BudgetLines)
                {
                    var perYear = line.PerYear();
                    Row(csv, [number, recommendation.Title, chapter.Title, line.FundingSource, line.Purpose, line.Period, Amount(line.Kroner), .. years.Select(y => perYear.TryGetValue(y, out var k) ? Amount(k) : "")]);
                }

                if (recommendation.Part.BudgetLines.Count > 0)
                {
                    var lines = recommendation.Part.BudgetLines;
                    Row(csv, [number, $"I alt, anbefaling {number}", chapter.Title, "", "", "", Amount(report.Totals.PerRecommendation[recommendation.Id]), .. years.Select(y => Amount(lines.Sum(l => l.PerYear().GetValueOrDefault(y))))]);
                }
            }
        }

        Row(csv, ["", "I alt", "", "", "", "", Amount(report.Totals.Total), .. years.Select(y => Amount(report.Totals.PerYear[y]))]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Amount(decimal kroner) =>
        kroner.ToString(decimal.Truncate(kroner) == kroner ? "0" : "0.00", CultureInfo.GetCultureInfo("da-DK"));

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(';', fields.Select(Field));
        csv.Append("\r\n");
    }

    /// <summary>Quoted when it holds a separator, a quote or a line break; a leading =, +, -, @, tab or carriage return is kept as text, not run as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
