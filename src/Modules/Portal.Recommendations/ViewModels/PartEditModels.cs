using System.ComponentModel.DataAnnotations;
using Portal.Recommendations.Models;

namespace Portal.Recommendations.ViewModels;

/// <summary>A choice of a select list: the value posted and the text shown.</summary>
public sealed record Choice(string Value, string Text);

public sealed class ThemePartEditModel
{
    public string? Introduction { get; set; }
}

public sealed class ReportPartEditModel
{
    public string? CommitteeId { get; set; }

    public DateOnly? Date { get; set; }

    public string? Introduction { get; set; }
}

public sealed record ReportPartEditorViewModel(ReportPartEditModel Form, IReadOnlyList<Choice> Committees);

/// <summary>What the recommendation editor posts, under the prefix <c>RecommendationPart</c>. Lists are one entry per line.</summary>
public sealed class RecommendationPartEditModel
{
    public string? ReportId { get; set; }

    [Display(Name = "Nummer")]
    [Required(ErrorMessage = "Skriv anbefalingens nummer.")]
    [Range(1, 999, ErrorMessage = "Nummeret skal være et helt tal fra 1 til 999.")]
    public int? Number { get; set; }

    public string? ThemeId { get; set; }

    public RecommendationStatus Status { get; set; }

    public string? CommitteeId { get; set; }

    public string? Professions { get; set; }

    public string? Introduction { get; set; }

    public string? Purpose { get; set; }

    public string? Goal { get; set; }

    public string? Actions { get; set; }

    [StringLength(500, ErrorMessage = "Tidspunktet for opfølgning må højst være 500 tegn.")]
    public string? FollowUpWhen { get; set; }

    public string? FollowUpMeasures { get; set; }

    public string? Baseline { get; set; }

    [StringLength(10_000, ErrorMessage = "Ressourcer og økonomi må højst være 10.000 tegn.")]
    public string? Resources { get; set; }

    public List<BudgetLineEditModel> BudgetLines { get; set; } = [];

    [StringLength(10_000, ErrorMessage = "Næste step må højst være 10.000 tegn.")]
    public string? NextStep { get; set; }

    public List<string> RelatedItemIds { get; set; } = [];
}

/// <summary>A budget line as typed: the amount in Danish ("200.000 kr.", "3,6 mio. kr."), the years, the source and the use.</summary>
public sealed class BudgetLineEditModel
{
    public string? Amount { get; set; }

    public int? FromYear { get; set; }

    public int? ToYear { get; set; }

    [StringLength(300, ErrorMessage = "Finansieringen må højst være 300 tegn.")]
    public string? FundingSource { get; set; }

    [StringLength(500, ErrorMessage = "Anvendelsen må højst være 500 tegn.")]
    public string? Purpose { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Amount) && FromYear is null && ToYear is null && string.IsNullOrWhiteSpace(FundingSource) && string.IsNullOrWhiteSpace(Purpose);
}

public sealed record RecommendationPartEditorViewModel(
    RecommendationPartEditModel Form,
    IReadOnlyList<Choice> Reports,
    IReadOnlyList<Choice> Themes,
    IReadOnlyList<Choice> Committees,
    IReadOnlyList<Choice> AgendaItems);

public sealed class StrategyPartEditModel
{
    public string? CommitteeId { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? Description { get; set; }

    /// <summary>One focus area per line.</summary>
    public string? FocusAreas { get; set; }

    public List<string> RelatedItemIds { get; set; } = [];
}

public sealed record StrategyPartEditorViewModel(StrategyPartEditModel Form, IReadOnlyList<Choice> Committees, IReadOnlyList<Choice> AgendaItems);

public sealed class InitiativePartEditModel
{
    public string? StrategyId { get; set; }

    [Range(1, 999, ErrorMessage = "Nummeret skal være et helt tal fra 1 til 999.")]
    public int? Number { get; set; }

    /// <summary>"{strategyId}/{focusAreaId}", so one list serves every strategy.</summary>
    public string? FocusArea { get; set; }

    [StringLength(300, ErrorMessage = "Tovholderen må højst være 300 tegn.")]
    public string? Coordinator { get; set; }

    public string? RecommendationId { get; set; }

    [StringLength(4_000, ErrorMessage = "Beskrivelsen må højst være 4.000 tegn.")]
    public string? Description { get; set; }
}

public sealed record InitiativePartEditorViewModel(
    InitiativePartEditModel Form,
    IReadOnlyList<Choice> Strategies,
    IReadOnlyList<(string Strategy, IReadOnlyList<Choice> Areas)> FocusAreas,
    IReadOnlyList<Choice> Recommendations);
