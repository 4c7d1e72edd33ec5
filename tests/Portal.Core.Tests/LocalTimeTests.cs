namespace Portal.Core.Tests;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData(2023, 4, 27, 7, 0, 0, 1234567, "2023-04-27T07:00:00Z")]
    [InlineData(2026, 12, 31, 23, 59, 59, 0, "2026-12-31T23:59:59Z")]
    public void Machine_readable_times_are_valid_html_global_dates_without_fractions(int year, int month, int day, int hour, int minute, int second, int ticks, string expected)
    {
        var utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);

        Assert.Equal(expected, Portal.Core.Display.LocalTimeTagHelper.MachineReadable(utc));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$", expected);
    }
}
