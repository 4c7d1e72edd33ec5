using System.Text;
using Portal.Core.Content;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Tests;

/// <summary>The budget CSV opens in a Danish spreadsheet as the table on the page, and runs nothing.</summary>
public sealed class ReportCsvTests
{
    [Fact]
    public void Lines_totals_per_recommendation_and_per_year_with_decimal_commas()
    {
        var csv = Lines(Report(
            Recommendation(1, "Ny i ledelse", new BudgetLine(200_000m, 2024, 2024, "Central finansiering", "Før-lederforløb")),
            Recommendation(2, "Trivsel", new BudgetLine(1_000_001m, 2024, 2025, "Pulje", "Team"), new BudgetLine(99.5m, 2026, 2026, "Pulje", "Kaffe"))));

        Assert.Equal(
        [
            "Anbefaling;Titel;Tema;Finansiering;Anvendelse;Periode;Beløb (kr.);2024;2025;2026",
            "1;Ny i ledelse;Tema;Central finansiering;Før-lederforløb;2024;200000;200000;;",
            "1;I alt, anbefaling 1;Tema;;;;200000;200000;0;0",
            "2;Trivsel;Tema;Pulje;Team;2024–2025;1000001;500001;500000;",
            "2;Trivsel;Tema;Pulje;Kaffe;2026;99,50;;;99,50",
            "2;I alt, anbefaling 2;Tema;;;;1000100,50;500001;500000;99,50",
            ";I alt;;;;;1200100,50;700001;500000;99,50",
        ],
        csv);
    }

    [Fact]
    public void Separators_quotes_and_formulas_are_kept_as_text()
    {
        var csv = Lines(Report(Recommendation(1, "Løn; \"fleksibilitet\"", new BudgetLine(10m, 2024, 2024, "=HYPERLINK(\"x\")", "-rabat"))));

        Assert.Equal("1;\"Løn; \"\"fleksibilitet\"\"\";Tema;\"'=HYPERLINK(\"\"x\"\")\";'-rabat;2024;10;10", csv[1]);
    }

    [Fact]
    public void The_file_starts_with_a_byte_order_mark_so_spreadsheets_read_it_as_UTF_8()
    {
        var bytes = ReportCsv.Of(Report(Recommendation(1, "Æ Ø Å", new BudgetLine(1m, 2024, 2024, "", ""))));

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Æ Ø Å", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    private static string[] Lines(ReportViewModel report) =>
        Encoding.UTF8.GetString(ReportCsv.Of(report)[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static RecommendationView Recommendation(int number, string title, params BudgetLine[] lines)
    {
        var item = new ContentItem { ContentItemId = $"r{number}", ContentType = RecommendationTypes.Recommendation, DisplayText = title };
        var part = new RecommendationPart { Number = number, BudgetLines = [.. lines] };
        item.Apply(part);
        return new RecommendationView(item, part);
    }

    private static ReportViewModel Report(params RecommendationView[] recommendations)
    {
        var theme = new ContentItem { ContentItemId = "t", ContentType = RecommendationTypes.Theme, DisplayText = "Tema" };
        var rows = recommendations.SelectMany(r => r.Part.BudgetLines.Select(l => new BudgetRow(r, l))).ToList();
        var totals = BudgetTotals.Of(rows.Select(r => (r.Recommendation.Id, r.Line)));
        var report = new ContentItem { ContentItemId = "rapport", ContentType = RecommendationTypes.Report, DisplayText = "Rapport" };
        return new ReportViewModel(report, new RecommendationReportPart(), "", [new ReportChapter(theme, recommendations)], rows, totals);
    }
}
