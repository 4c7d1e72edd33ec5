using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Tests;

public sealed class BudgetTests
{
    [Theory]
    [InlineData("200.000 kr.", 200_000)]
    [InlineData("100.000 kr.", 100_000)]
    [InlineData("3,6 mio. kr.", 3_600_000)]
    [InlineData("1. mio. kr.", 1_000_000)]
    [InlineData("1 mio. kr.", 1_000_000)]
    [InlineData("1 mio", 1_000_000)]
    [InlineData("2,25 millioner kroner", 2_250_000)]
    [InlineData("1.500.000", 1_500_000)]
    [InlineData("1500000 kr", 1_500_000)]
    [InlineData("  800.000 KR.  ", 800_000)]
    [InlineData("99,50 kr.", 99.50)]
    [InlineData("0 kr.", 0)]
    public void Amounts_as_the_reports_write_them_are_read(string text, decimal expected)
    {
        Assert.True(DanishAmount.TryParse(text, out var kroner), $"\"{text}\" was refused");
        Assert.Equal(expected, kroner);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mange penge")]
    [InlineData("-200.000 kr.")]
    [InlineData("200.00 kr.")]
    [InlineData("1.5 mio. kr.")]
    [InlineData("200.000 euro")]
    [InlineData("3,6,1 mio.")]
    [InlineData("0,001 kr.")]
    [InlineData("200 000 kr.")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(DanishAmount.TryParse(text, out _), $"\"{text}\" was read as an amount");
    }

    [Fact]
    public void The_refusal_names_the_field()
    {
        Assert.Equal("Beløb, linje 2: skriv et beløb i kroner, fx \"200.000 kr.\" eller \"3,6 mio. kr.\".", DanishAmount.Invalid("Beløb, linje 2"));
    }

    [Theory]
    [InlineData(200_000, "200.000 kr.")]
    [InlineData(3_600_000, "3.600.000 kr.")]
    [InlineData(99.5, "99,50 kr.")]
    public void Amounts_are_written_the_Danish_way(decimal kroner, string expected)
    {
        Assert.Equal(expected, DanishAmount.Format(kroner));
    }

    [Fact]
    public void A_line_over_several_years_is_split_evenly_and_its_years_add_up_to_it()
    {
        var line = new BudgetLine(100_001, 2024, 2025, "central pulje");

        var perYear = line.PerYear();

        Assert.Equal(new Dictionary<int, decimal> { [2024] = 50_001, [2025] = 50_000 }, perYear);
        Assert.Equal("2024–2025", line.Period);
    }

    [Fact]
    public void A_report_totals_per_year_and_per_recommendation()
    {
        var totals = BudgetTotals.Of(
        [
            ("1", new BudgetLine(200_000, 2024, 2024, "central pulje")),
            ("2", new BudgetLine(1_000_000, 2024, 2024, "central pulje")),
            ("4", new BudgetLine(100_000, 2024, 2025, "central pulje")),
            ("4", new BudgetLine(800_000, 2024, 2025, "central pulje")),
            ("8", new BudgetLine(3_600_000, 2024, 2025, "central pulje")),
        ]);

        Assert.Equal([2024, 2025], totals.Years);
        Assert.Equal(new Dictionary<int, decimal> { [2024] = 3_450_000, [2025] = 2_250_000 }, totals.PerYear);
        Assert.Equal(new Dictionary<string, decimal> { ["1"] = 200_000, ["2"] = 1_000_000, ["4"] = 900_000, ["8"] = 3_600_000 }, totals.PerRecommendation);
        Assert.Equal(5_700_000, totals.Total);
        Assert.Equal(totals.Total, totals.PerYear.Values.Sum());
    }
}
