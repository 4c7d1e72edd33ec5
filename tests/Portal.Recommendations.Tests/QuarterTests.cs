using Portal.Recommendations.Models;

namespace Portal.Recommendations.Tests;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2022Q4", 2022, 4)]
    [InlineData("2023q1", 2023, 1)]
    [InlineData("4. kvartal 2022", 2022, 4)]
    [InlineData(" 1. Kvartal 2023 ", 2023, 1)]
    public void Quarters_are_read_as_code_and_as_Danish(string text, int year, int number)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022Q5")]
    [InlineData("2022Q0")]
    [InlineData("22Q4")]
    [InlineData("Q4 2022")]
    [InlineData("5. kvartal 2022")]
    [InlineData("1999Q4")]
    [InlineData("2022-Q4")]
    [InlineData("2000Q1")]
    [InlineData("2999Q4")]
    public void Anything_else_is_not_a_quarter(string? text)
    {
        Assert.False(Quarter.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2001Q1")]
    [InlineData("2998Q4")]
    public void Every_quarter_read_has_a_quarter_before_and_after(string text)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.True(quarter.Value.Previous() < quarter.Value);
        Assert.True(quarter.Value.Next() > quarter.Value);
    }

    [Fact]
    public void Quarters_step_over_the_turn_of_the_year()
    {
        Assert.Equal(new Quarter(2023, 1), new Quarter(2022, 4).Next());
        Assert.Equal(new Quarter(2022, 4), new Quarter(2023, 1).Previous());
        Assert.Equal(new Quarter(2022, 3), new Quarter(2022, 2).Next());
        Assert.True(new Quarter(2022, 4) < new Quarter(2023, 1));
        Assert.Equal("2022Q4", new Quarter(2022, 4).ToString());
        Assert.Equal("4. kvartal 2022", new Quarter(2022, 4).ToDanish());
    }

    [Theory]
    [InlineData("2022-01-01", 2022, 1)]
    [InlineData("2022-03-31", 2022, 1)]
    [InlineData("2022-04-01", 2022, 2)]
    [InlineData("2022-12-31", 2022, 4)]
    public void A_day_lies_in_its_quarter(string day, int year, int number)
    {
        Assert.Equal(new Quarter(year, number), Quarter.Containing(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2022-12-31", false)]
    [InlineData("2023-01-30", false)]
    [InlineData("2023-01-31", true)]
    [InlineData("2023-06-01", true)]
    public void A_quarters_follow_up_is_overdue_thirty_days_after_it_ends(string today, bool overdue)
    {
        var fourth = new Quarter(2022, 4);

        Assert.Equal(overdue, fourth.IsOverdueOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_last_ended_quarter_is_the_one_before_today()
    {
        Assert.Equal(new Quarter(2022, 4), Quarter.LastEnded(new DateOnly(2023, 1, 15)));
        Assert.Equal(new Quarter(2023, 1), Quarter.LastEnded(new DateOnly(2023, 4, 1)));
    }
}
