using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Tests;

public sealed class AgendaTests
{
    private static MeetingPart Meeting(params string[] items) => new() { AgendaItemIds = [.. items] };

    [Fact]
    public void Moving_an_item_up_or_down_swaps_it_with_its_neighbour()
    {
        var meeting = Meeting("a", "b", "c");

        Assert.True(Agenda.Move(meeting, "c", -1));
        Assert.Equal(["a", "c", "b"], meeting.AgendaItemIds);
        Assert.True(Agenda.Move(meeting, "a", +1));
        Assert.Equal(["c", "a", "b"], meeting.AgendaItemIds);
    }

    [Fact]
    public void Moving_past_either_end_or_an_unknown_item_changes_nothing()
    {
        var meeting = Meeting("a", "b");

        Assert.False(Agenda.Move(meeting, "a", -1));
        Assert.False(Agenda.Move(meeting, "b", +1));
        Assert.False(Agenda.Move(meeting, "x", +1));
        Assert.Equal(["a", "b"], meeting.AgendaItemIds);
    }

    [Fact]
    public void A_new_order_must_name_exactly_the_items_of_the_agenda()
    {
        var meeting = Meeting("a", "b", "c");

        Assert.False(Agenda.Reorder(meeting, ["a", "b"]));
        Assert.False(Agenda.Reorder(meeting, ["a", "b", "x"]));
        Assert.False(Agenda.Reorder(meeting, ["a", "a", "b"]));
        Assert.Equal(["a", "b", "c"], meeting.AgendaItemIds);
        Assert.True(Agenda.Reorder(meeting, ["c", "a", "b"]));
        Assert.Equal(["c", "a", "b"], meeting.AgendaItemIds);
    }

    [Fact]
    public void A_case_goes_on_to_the_next_committee_of_its_route_and_keeps_its_way()
    {
        var item = new AgendaItemPart
        {
            MeetingId = "buu-moede",
            Number = "23/30",
            Route = ["buu", "hu", "kb"],
            CaseDescription = "<p>Sagsfremstilling</p>",
            Proposal = new Proposal("Velfærdsdirektøren", "<p>Det indstilles, at …</p>"),
            Decision = new Decision("buu", new DateOnly(2023, 6, 28), DecisionOutcome.Referred, "<p>Oversendt.</p>"),
            Recusals = ["Anette Ruby Liebe (A)"],
        };

        Assert.Equal("hu", Agenda.NextCommittee(item, "buu"));
        Assert.Equal("kb", Agenda.NextCommittee(item, "hu"));
        Assert.Null(Agenda.NextCommittee(item, "kb"));
        Assert.Null(Agenda.NextCommittee(item, "omu"));

        var carried = Agenda.CarryForward(item, "buu", "buu-punkt", "hu-moede");

        Assert.Equal("hu-moede", carried.MeetingId);
        Assert.Equal("23/30", carried.Number);
        Assert.Equal(item.CaseDescription, carried.CaseDescription);
        Assert.Equal(item.Proposal, carried.Proposal);
        Assert.Null(carried.Decision);
        Assert.Empty(carried.Recusals);
        Assert.Equal([new RouteStep("buu", "buu-moede", "buu-punkt")], carried.RouteHistory);
        Assert.Equal("kb", Agenda.NextCommittee(carried, "hu"));

        var again = Agenda.CarryForward(carried, "hu", "hu-punkt", "kb-moede");
        Assert.Equal(["buu", "hu"], again.RouteHistory.Select(s => s.CommitteeId));
    }

    [Theory]
    [InlineData(DecisionOutcome.Noted, "Taget til efterretning")]
    [InlineData(DecisionOutcome.Approved, "Godkendt")]
    [InlineData(DecisionOutcome.Rejected, "Ikke godkendt")]
    [InlineData(DecisionOutcome.Postponed, "Udsat")]
    [InlineData(DecisionOutcome.Referred, "Oversendt")]
    public void Each_decision_outcome_reads_as_in_the_minutes(DecisionOutcome outcome, string danish)
    {
        Assert.Equal(danish, MedText.Of(outcome));
    }

    [Fact]
    public void Every_outcome_has_a_Danish_name()
    {
        Assert.All(Enum.GetValues<DecisionOutcome>(), o => Assert.NotEqual(o.ToString(), MedText.Of(o)));
    }
}
