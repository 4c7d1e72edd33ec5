using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Tests;

public sealed class StatusSummaryTests
{
    private static string Describe(int notStarted = 0, int completed = 0, int ready = 0, int inProgress = 0, int paused = 0) =>
        StatusSummary.Describe(new Dictionary<InitiativeStatus, int>
        {
            [InitiativeStatus.NotStarted] = notStarted,
            [InitiativeStatus.Completed] = completed,
            [InitiativeStatus.ReadyForImplementation] = ready,
            [InitiativeStatus.InProgress] = inProgress,
            [InitiativeStatus.Paused] = paused,
        });

    [Fact]
    public void The_fourth_quarter_of_2022_reads_as_the_status_report_wrote_it()
    {
        Assert.Equal(
            "Status på arbejdet med initiativerne er, at fire initiativer endnu ikke er påbegyndt, mens et er afsluttet, " +
            "et er klar til implementering og seks initiativer er i gang. Desuden er der to initiativer, som er pauseret.",
            Describe(notStarted: 4, completed: 1, ready: 1, inProgress: 6, paused: 2));
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, "Der er endnu ingen initiativer at gøre status over.")]
    [InlineData(1, 0, 0, 0, 0, "Status på arbejdet med initiativerne er, at et initiativ endnu ikke er påbegyndt.")]
    [InlineData(0, 0, 0, 14, 0, "Status på arbejdet med initiativerne er, at 14 initiativer er i gang.")]
    [InlineData(0, 2, 0, 1, 0, "Status på arbejdet med initiativerne er, at to initiativer er afsluttet, mens et er i gang.")]
    [InlineData(0, 1, 0, 3, 0, "Status på arbejdet med initiativerne er, at et initiativ er afsluttet, mens tre initiativer er i gang.")]
    [InlineData(0, 0, 0, 0, 1, "Status på arbejdet med initiativerne er, at et initiativ er pauseret.")]
    [InlineData(0, 0, 0, 0, 12, "Status på arbejdet med initiativerne er, at tolv initiativer er pauseret.")]
    [InlineData(5, 0, 0, 0, 1, "Status på arbejdet med initiativerne er, at fem initiativer endnu ikke er påbegyndt. Desuden er der et initiativ, som er pauseret.")]
    [InlineData(0, 0, 2, 0, 3, "Status på arbejdet med initiativerne er, at to initiativer er klar til implementering. Desuden er der tre initiativer, som er pauseret.")]
    [InlineData(1, 1, 1, 1, 1, "Status på arbejdet med initiativerne er, at et initiativ endnu ikke er påbegyndt, mens et er afsluttet, et er klar til implementering og et er i gang. Desuden er der et initiativ, som er pauseret.")]
    [InlineData(2, 3, 0, 4, 0, "Status på arbejdet med initiativerne er, at to initiativer endnu ikke er påbegyndt, mens tre initiativer er afsluttet og fire initiativer er i gang.")]
    public void Zero_one_and_many_of_each_status(int notStarted, int completed, int ready, int inProgress, int paused, string expected)
    {
        Assert.Equal(expected, Describe(notStarted, completed, ready, inProgress, paused));
    }

    [Fact]
    public void A_status_missing_from_the_counts_counts_as_none()
    {
        Assert.Equal(
            "Status på arbejdet med initiativerne er, at syv initiativer er i gang.",
            StatusSummary.Describe(new Dictionary<InitiativeStatus, int> { [InitiativeStatus.InProgress] = 7 }));
    }

    [Theory]
    [InlineData(1, "et")]
    [InlineData(2, "to")]
    [InlineData(10, "ti")]
    [InlineData(11, "elleve")]
    [InlineData(12, "tolv")]
    [InlineData(13, "13")]
    [InlineData(100, "100")]
    public void Numbers_up_to_twelve_are_written_as_words(int count, string expected)
    {
        Assert.Equal(expected, StatusSummary.NumberWord(count));
    }
}
