using Portal.Med.Models;

namespace Portal.Med.ViewModels;

public enum CaseStepState
{
    /// <summary>The committee has had the case on a meeting's agenda.</summary>
    Treated,

    /// <summary>The item being shown.</summary>
    Here,

    /// <summary>The case has not reached the committee yet.</summary>
    Coming,
}

/// <summary>
/// One committee on a case's Sagsgang as the reader may see it: the meeting and item where it was
/// treated, and its decision once the minutes are published and the reader may read the item.
/// </summary>
public sealed record CaseRouteStep(
    string CommitteeId,
    string CommitteeName,
    CaseStepState State,
    string? AgendaItemId = null,
    DateTime? MeetingStartsUtc = null,
    Decision? Decision = null);
