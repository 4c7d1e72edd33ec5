using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>The rules of an agenda and of a case's way through the committees, free of storage.</summary>
public static class Agenda
{
    /// <summary>
    /// The agenda: the items on the meeting, in the secretary's order. Items the order does not name
    /// (added since it was last set) follow in the order they were made, which their ids keep.
    /// </summary>
    public static List<string> InOrder(IEnumerable<string> itemsOnMeeting, IReadOnlyList<string> order)
    {
        var items = itemsOnMeeting.ToHashSet(StringComparer.Ordinal);
        var ordered = order.Where(items.Remove).ToList();
        ordered.AddRange(items.Order(StringComparer.Ordinal));
        return ordered;
    }

    /// <summary>The agenda with one item moved up (-1) or down (+1); null when it is not there or already at that end.</summary>
    public static List<string>? Move(IReadOnlyList<string> agenda, string agendaItemId, int offset)
    {
        var moved = agenda.ToList();
        var from = moved.IndexOf(agendaItemId);
        var to = from + offset;
        if (from < 0 || offset == 0 || to < 0 || to >= moved.Count)
        {
            return null;
        }

        moved.RemoveAt(from);
        moved.Insert(to, agendaItemId);
        return moved;
    }

    /// <summary>Whether the order names exactly the items of the agenda, each once.</summary>
    public static bool IsOrderOf(IReadOnlyList<string> agenda, IReadOnlyList<string> order) =>
        order.Count == agenda.Count && order.ToHashSet(StringComparer.Ordinal).SetEquals(agenda);

    /// <summary>The committee the case goes to after the one that treats it now, if any.</summary>
    public static string? NextCommittee(AgendaItemPart item, string currentCommitteeId)
    {
        var index = item.Route.IndexOf(currentCommitteeId);
        return index >= 0 && index + 1 < item.Route.Count ? item.Route[index + 1] : null;
    }

    /// <summary>
    /// The case as it arrives at the next committee: the same sections, no decision yet, and the
    /// way it has come so far (including this step) kept in its history.
    /// </summary>
    public static AgendaItemPart CarryForward(AgendaItemPart item, string fromCommitteeId, string fromAgendaItemId, string toMeetingId) => new()
    {
        MeetingId = toMeetingId,
        Number = item.Number,
        IsClosed = item.IsClosed,
        Kind = item.Kind,
        Route = [.. item.Route],
        RouteHistory = [.. item.RouteHistory, new RouteStep(fromCommitteeId, item.MeetingId, fromAgendaItemId)],
        Summary = item.Summary,
        CaseDescription = item.CaseDescription,
        RelatedPolicies = item.RelatedPolicies,
        RelatedContent = [.. item.RelatedContent],
        LegalBasis = item.LegalBasis,
        FinancialImpact = item.FinancialImpact,
        Proposal = item.Proposal,
        Attachments = [.. item.Attachments],
        ConfidentialUntilUtc = item.ConfidentialUntilUtc,
        ConfidentialCommitteeIds = [.. item.ConfidentialCommitteeIds],
    };
}
