using Portal.Core.Content.Display;
using Portal.Med.Indexes;

namespace Portal.Med.ViewModels;

/// <summary>The meeting editor: the meeting's parts and fields as its drivers render them, and the agenda.</summary>
public sealed record MeetingEditorViewModel(
    string CommitteeId,
    string CommitteeName,
    string? MeetingId,
    Guid ConcurrencyStamp,
    ContentShape Shape,
    IReadOnlyList<AgendaItemView> Items)
{
    /// <summary>Sending the minutes for approval, when the committee's minutes need it.</summary>
    public IReadOnlyList<MeetingAction> MinutesActions { get; init; } = [];

    /// <summary>What other modules say about the meeting, e.g. "Afventer godkendelse".</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];
}

public sealed record MeetingAction(string Name, string ButtonText);

/// <summary>The agenda item editor: the item's parts and fields, its Sagsgang and where it may go next.</summary>
public sealed record AgendaItemEditorViewModel(
    string MeetingId,
    string MeetingTitle,
    string? AgendaItemId,
    Guid ConcurrencyStamp,
    ContentShape Shape,
    IReadOnlyList<CaseRouteStep> Route,
    CarryOptions? Carry);

/// <summary>The next committee in the Sagsgang and its meetings that can take the case.</summary>
public sealed record CarryOptions(string NextCommitteeName, IReadOnlyList<MeetingIndex> Meetings);
