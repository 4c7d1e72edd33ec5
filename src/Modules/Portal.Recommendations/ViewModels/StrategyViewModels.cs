using Portal.Core.Content;
using Portal.Recommendations.Models;

namespace Portal.Recommendations.ViewModels;

/// <summary>How many initiatives had a status at the quarter shown and at the one before (null when that was not followed up).</summary>
public sealed record StatusCount(InitiativeStatus Status, int Count, int? Previous)
{
    public int? Change => Previous is { } previous ? Count - previous : null;
}

/// <summary>An initiative with its follow-up for the quarter shown and the one before.</summary>
public sealed record InitiativeRow(ContentItem Item, InitiativePart Part, string FocusArea, FollowUpEntry? Entry, FollowUpEntry? PreviousEntry)
{
    public string Id => Item.ContentItemId;

    public string Title => Item.DisplayText;

    public bool StatusChanged => Entry is not null && PreviousEntry is not null && Entry.Status != PreviousEntry.Status;
}

/// <summary>A quarter's follow-up in figures: the counts per status and the sentence made from them.</summary>
public sealed record QuarterStatus(Quarter Quarter, bool IsRecorded, IReadOnlyList<StatusCount> Counts, string Summary)
{
    public int Total => Counts.Sum(c => c.Count);
}

public sealed record StrategyListItem(ContentItem Strategy, StrategyPart Part, string CommitteeName, int Initiatives, string? LatestQuarter);

public sealed record StrategyIndexViewModel(IReadOnlyList<StrategyListItem> Strategies);

public sealed record DashboardViewModel(
    ContentItem Strategy,
    StrategyPart Part,
    string CommitteeName,
    Quarter Quarter,
    bool IsRecorded,
    IReadOnlyList<Quarter> RecordedQuarters,
    IReadOnlyList<StatusCount> Counts,
    string Summary,
    string QuarterSummary,
    IReadOnlyList<SummaryCorrection> SummaryCorrections,
    IReadOnlyList<InitiativeRow> Initiatives,
    IReadOnlyList<InitiativeRow> Missing,
    bool MissingIsOverdue,
    Quarter? NextDue,
    bool NextDueIsOverdue,
    IReadOnlyList<RelatedAgendaItem> RelatedItems,
    bool CanRecord)
{
    public Quarter Previous => Quarter.Previous();

    public bool PreviousRecorded => RecordedQuarters.Contains(Previous);

    public int Total => Counts.Sum(c => c.Count);
}

/// <summary>One initiative's page: its place in the plan and every quarter's follow-up, with corrections.</summary>
public sealed record InitiativePageViewModel(
    ContentItem Item,
    InitiativePart Part,
    ContentItem Strategy,
    string FocusArea,
    ContentItem? Recommendation,
    IReadOnlyList<(Quarter Quarter, FollowUpEntry Entry)> History);
