using Portal.Core.Content;

namespace Portal.Recommendations.Models;

/// <summary>Where a recommendation stands in the political process.</summary>
public enum RecommendationStatus
{
    /// <summary>foreslået</summary>
    Proposed,

    /// <summary>vedtaget</summary>
    Adopted,

    /// <summary>i gang</summary>
    InProgress,

    /// <summary>afsluttet</summary>
    Completed,

    /// <summary>afvist</summary>
    Rejected,
}

/// <summary>A theme of recommendations (an editor may add more), with the text that opens its chapter of a report.</summary>
public sealed class ThemePart : ContentPart
{
    /// <summary>Sanitised HTML.</summary>
    public string Introduction { get; set; } = "";
}

/// <summary>A report of recommendations, e.g. the §17 stk. 4 committee's: who wrote it, when, and its introduction.</summary>
public sealed class RecommendationReportPart : ContentPart
{
    public string CommitteeId { get; set; } = "";

    public DateOnly? Date { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public string Introduction { get; set; } = "";
}

/// <summary>One anbefaling with every section of the report it belongs to.</summary>
public sealed class RecommendationPart : ContentPart
{
    public string ReportId { get; set; } = "";

    public int Number { get; set; }

    public string ThemeId { get; set; } = "";

    public List<string> Professions { get; set; } = [];

    /// <summary>The text before Formål. Sanitised HTML.</summary>
    public string Introduction { get; set; } = "";

    /// <summary>Formål. Sanitised HTML.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>Mål. Sanitised HTML.</summary>
    public string Goal { get; set; } = "";

    /// <summary>Indsatser, in order.</summary>
    public List<string> Actions { get; set; } = [];

    /// <summary>When it is followed up: a year, a quarter or words ("Efteråret 2024").</summary>
    public string FollowUpWhen { get; set; } = "";

    /// <summary>What is measured then.</summary>
    public List<string> FollowUpMeasures { get; set; } = [];

    public List<string> Baseline { get; set; } = [];

    /// <summary>Ressourcer og økonomi, as the report words it.</summary>
    public string Resources { get; set; } = "";

    public List<BudgetLine> BudgetLines { get; set; } = [];

    /// <summary>Næste step (efter politisk stillingtagen).</summary>
    public string NextStep { get; set; } = "";

    /// <summary>The committee responsible for carrying it out.</summary>
    public string CommitteeId { get; set; } = "";

    public RecommendationStatus Status { get; set; }

    /// <summary>MED agenda items that discussed or decided on it.</summary>
    public List<string> RelatedItemIds { get; set; } = [];
}

/// <summary>An indsatsområde of a strategy.</summary>
public sealed record FocusArea(string Id, string Name);

/// <summary>A strategy (e.g. Fastholdelses- og rekrutteringsstrategien) with its focus areas; its initiatives point to it.</summary>
public sealed class StrategyPart : ContentPart
{
    /// <summary>The committee that follows it up each quarter; its secretaries record the follow-ups.</summary>
    public string CommitteeId { get; set; } = "";

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public string Description { get; set; } = "";

    public List<FocusArea> FocusAreas { get; set; } = [];

    /// <summary>MED agenda items that discussed or decided on it.</summary>
    public List<string> RelatedItemIds { get; set; } = [];
}

/// <summary>One initiative of a strategy's action plan. Its status is that of its latest follow-up.</summary>
public sealed class InitiativePart : ContentPart
{
    public string StrategyId { get; set; } = "";

    /// <summary>Its place in the action plan.</summary>
    public int Number { get; set; }

    public string FocusAreaId { get; set; } = "";

    /// <summary>Tovholder.</summary>
    public string Coordinator { get; set; } = "";

    /// <summary>The recommendation it carries out, if any.</summary>
    public string? RecommendationId { get; set; }

    public string Description { get; set; } = "";
}

/// <summary>
/// A strategy's follow-up for one quarter: every initiative's status and narrative, saved as one
/// change. A recorded entry is never overwritten: a change to it is a correction with a note, and
/// the values it replaced stay in <see cref="FollowUpEntry.Corrections"/>.
/// </summary>
public sealed class QuarterlyFollowUpPart : ContentPart
{
    public string StrategyId { get; set; } = "";

    /// <summary>"2022Q4".</summary>
    public string Quarter { get; set; } = "";

    /// <summary>What the committee notes about the quarter as a whole.</summary>
    public string Summary { get; set; } = "";

    /// <summary>What <see cref="Summary"/> said before each correction, oldest first, with why.</summary>
    public List<SummaryCorrection> SummaryCorrections { get; set; } = [];

    public List<FollowUpEntry> Entries { get; set; } = [];
}

public sealed class FollowUpEntry
{
    public string InitiativeId { get; set; } = "";

    public InitiativeStatus Status { get; set; }

    /// <summary>Barriers, progress and next steps.</summary>
    public string Narrative { get; set; } = "";

    /// <summary>The values this entry had before each correction, oldest first, with why it was corrected.</summary>
    public List<FollowUpCorrection> Corrections { get; set; } = [];
}

/// <summary>What a quarter's remarks said before they were corrected, who corrected them, when and why.</summary>
public sealed record SummaryCorrection(string Summary, string Note, string CorrectedBy, DateTime CorrectedUtc);

/// <summary>What an entry said before it was corrected, who corrected it, when and why.</summary>
public sealed record FollowUpCorrection(InitiativeStatus Status, string Narrative, string Note, string CorrectedBy, DateTime CorrectedUtc);

/// <summary>
/// Put on MED's agenda items by this module: it stores nothing, and shows the recommendations and
/// strategies that name the item, so the link reads both ways.
/// </summary>
public sealed class RelatedRecommendationsPart : ContentPart
{
}
