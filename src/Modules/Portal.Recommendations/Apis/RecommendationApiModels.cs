using Portal.Recommendations.Models;

namespace Portal.Recommendations.Apis;

/// <summary>A recommendation with every section of its report; amounts are numbers in DKK.</summary>
public sealed record RecommendationDto(
    string Id,
    int Number,
    string Title,
    string ReportId,
    string ThemeId,
    string Theme,
    RecommendationStatus Status,
    string CommitteeId,
    IReadOnlyList<string> Professions,
    string Introduction,
    string Purpose,
    string Goal,
    IReadOnlyList<string> Actions,
    string FollowUpWhen,
    IReadOnlyList<string> FollowUpMeasures,
    IReadOnlyList<string> Baseline,
    string Resources,
    IReadOnlyList<BudgetLineDto> BudgetLines,
    decimal TotalKroner,
    string NextStep,
    IReadOnlyList<string> RelatedItemIds);

/// <summary>An amount in DKK for the years <c>fromYear</c>–<c>toYear</c>, where it comes from and what it pays for.</summary>
public sealed record BudgetLineDto(decimal Kroner, int FromYear, int ToYear, string FundingSource, string Purpose);

public sealed record FocusAreaDto(string Id, string Name);

public sealed record InitiativeDto(string Id, int Number, string Title, string FocusAreaId, string Coordinator, string? RecommendationId);

/// <summary>A strategy with its focus areas, its action plan and the quarters followed up (as 2022Q4).</summary>
public sealed record StrategyDto(
    string Id,
    string Title,
    string CommitteeId,
    DateOnly? ApprovedOn,
    IReadOnlyList<FocusAreaDto> FocusAreas,
    IReadOnlyList<InitiativeDto> Initiatives,
    IReadOnlyList<string> Quarters);

public sealed record StatusCountDto(InitiativeStatus Status, string Label, int Count, int? Previous);

/// <summary>A quarter's follow-up: how many initiatives had each status, the change since the quarter before, and the summary sentence.</summary>
public sealed record StrategyStatusDto(string StrategyId, string Quarter, int Initiatives, IReadOnlyList<StatusCountDto> Counts, string Summary);
