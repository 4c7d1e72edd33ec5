using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Tests;

public sealed class AgendaTests
{
    [Fact]
    public void The_agenda_is_the_items_on_the_meeting_in_the_secretarys_order()
    {
        Assert.Equal(["c", "a", "b"], Agenda.InOrder(["a", "b", "c"], ["c", "a", "b"]));
    }

    [Fact]
    public void Items_the_order_does_not_name_come_last_in_the_order_they_were_made()
    {
        // Ids are time-ordered: "01…" was made before "02…".
        Assert.Equal(["b", "01x", "02y"], Agenda.InOrder(["02y", "b", "01x"], ["b"]));
    }

    [Fact]
    public void An_order_naming_an_item_not_on_the_meeting_does_not_put_it_there()
    {
        Assert.Equal(["a", "b"], Agenda.InOrder(["a", "b"], ["gone", "a", "b", "elsewhere"]));
    }

    [Fact]
    public void Moving_an_item_up_or_down_swaps_it_with_its_neighbour()
    {
        Assert.Equal(["a", "c", "b"], Agenda.Move(["a", "b", "c"], "c", -1));
        Assert.Equal(["b", "a", "c"], Agenda.Move(["a", "b", "c"], "a", +1));
    }

    [Fact]
    public void Moving_past_either_end_or_an_unknown_item_changes_nothing()
    {
        Assert.Null(Agenda.Move(["a", "b"], "a", -1));
        Assert.Null(Agenda.Move(["a", "b"], "b", +1));
        Assert.Null(Agenda.Move(["a", "b"], "x", +1));
        Assert.Null(Agenda.Move(["a", "b"], "a", 0));
    }

    [Fact]
    public void A_new_order_must_name_exactly_the_items_of_the_agenda()
    {
        string[] agenda = ["a", "b", "c"];

        Assert.False(Agenda.IsOrderOf(agenda, ["a", "b"]));
        Assert.False(Agenda.IsOrderOf(agenda, ["a", "b", "x"]));
        Assert.False(Agenda.IsOrderOf(agenda, ["a", "a", "b"]));
        Assert.True(Agenda.IsOrderOf(agenda, ["c", "a", "b"]));
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
