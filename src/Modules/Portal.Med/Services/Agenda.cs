using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>The rules of an agenda and of a case's way through the committees, free of storage.</summary>
public static class Agenda
{
    /// <summary>Moves an item up (-1) or down (+1) the agenda; at either end nothing changes.</summary>
    public static bool Move(MeetingPart meeting, string agendaItemId, int offset)
    {
        var items = meeting.AgendaItemIds;
        var from = items.IndexOf(agendaItemId);
        var to = from + offset;
        if (from < 0 || to < 0 || to >= items.Count)
        {
            return false;
        }

        items.RemoveAt(from);
        items.Insert(to, agendaItemId);
        return true;
    }

    /// <summary>Puts the agenda in the given order. The order must name exactly the items the agenda has.</summary>
    public static bool Reorder(MeetingPart meeting, IReadOnlyList<string> order)
    {
        if (order.Count != meeting.AgendaItemIds.Count || !order.ToHashSet().SetEquals(meeting.AgendaItemIds))
        {
            return false;
        }

        meeting.AgendaItemIds = [.. order];
        return true;
    }

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
