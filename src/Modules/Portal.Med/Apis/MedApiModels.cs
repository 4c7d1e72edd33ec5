using System.Text.Json.Serialization;
using Portal.Med.Models;

namespace Portal.Med.Apis;

/// <summary>An udvalg with its current members. Members are named as on the committee page, never by user name.</summary>
public sealed record CommitteeDto(
    string Id,
    string Name,
    string Abbreviation,
    CommitteeKind Kind,
    string? ParentId,
    IReadOnlyList<CommitteeMemberDto> Members);

public sealed record CommitteeMemberDto(string Name, CommitteeRole Role, MedSide Side);

public sealed record MeetingDto(
    string Id,
    string CommitteeId,
    DateTimeOffset StartsUtc,
    DateTimeOffset EndsUtc,
    string Location,
    MeetingStatus Status);

/// <summary>A meeting with its agenda in order. Attendance and decisions are there once the minutes are published.</summary>
public sealed record MeetingDetailsDto(
    string Id,
    string CommitteeId,
    string CommitteeName,
    DateTimeOffset StartsUtc,
    DateTimeOffset EndsUtc,
    string Location,
    MeetingStatus Status,
    IReadOnlyList<AttendanceDto> Attendance,
    IReadOnlyList<AgendaItemDto> Items);

public sealed record AttendanceDto(string Name, AttendanceStatus Status, string? Affiliation);

/// <summary>
/// An agenda item. One the caller may not read is only <c>{ id, number, isClosed: true }</c>: every
/// other property is left out. Texts marked as HTML are sanitized HTML.
/// </summary>
public sealed record AgendaItemDto
{
    public required string Id { get; init; }

    public required string Number { get; init; }

    public required bool IsClosed { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ItemKind? Kind { get; init; }

    /// <summary>Sagsgang: the committees (ids) the case passes, in order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Route { get; init; }

    /// <summary>Resume (HTML).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; init; }

    /// <summary>Sagsfremstilling (HTML).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CaseDescription { get; init; }

    /// <summary>Sammenhæng til andre politikker/strategier og fagområder (HTML).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RelatedPolicies { get; init; }

    /// <summary>Lovgrundlag.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegalBasis { get; init; }

    /// <summary>Økonomiske konsekvenser.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FinancialImpact { get; init; }

    /// <summary>Indstilling: who proposes and the text (HTML).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProposalDto? Proposal { get; init; }

    /// <summary>Beslutning, once the minutes are published.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DecisionDto? Decision { get; init; }

    /// <summary>Members who did not take part in the item, once the minutes are published.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Recusals { get; init; }

    /// <summary>Bilag.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AttachmentDto>? Attachments { get; init; }
}

public sealed record ProposalDto(string Proposer, string Text);

/// <summary>The committee that decided, the day, the outcome and the text of the minutes (HTML).</summary>
public sealed record DecisionDto(string CommitteeId, DateOnly Date, DecisionOutcome Outcome, string Text);

public sealed record AttachmentDto(string Title, string Url);

/// <summary>One page of the decision register, newest first.</summary>
public sealed record DecisionPageDto(int Page, int PageSize, int PageCount, int Total, IReadOnlyList<DecisionRowDto> Items);

/// <summary>
/// A decision. One on an item the caller may not read is only <c>{ number, isClosed: true }</c>:
/// every other property is left out.
/// </summary>
public sealed record DecisionRowDto
{
    public required string Number { get; init; }

    public required bool IsClosed { get; init; }

    /// <summary>The agenda item's id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ItemId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommitteeId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommitteeName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MeetingId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Date { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DecisionOutcome? Outcome { get; init; }
}
