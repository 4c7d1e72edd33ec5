using System.ComponentModel.DataAnnotations;
using Portal.Core.Content;
using Portal.Recommendations.Models;

namespace Portal.Recommendations.ViewModels;

/// <summary>What the follow-up form posts: one row per initiative of the strategy.</summary>
public sealed record FollowUpForm
{
    /// <summary>The saved follow-up's concurrency stamp when the form was opened; empty when the quarter had none.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    [StringLength(10_000, ErrorMessage = "Den samlede status må højst være 10.000 tegn.")]
    public string? Summary { get; set; }

    /// <summary>Why the remarks of a quarter already followed up are changed; required then.</summary>
    [StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    public string? SummaryCorrectionNote { get; set; }

    public List<FollowUpFormRow> Rows { get; set; } = [];
}

public sealed class FollowUpFormRow
{
    public string InitiativeId { get; set; } = "";

    /// <summary>Empty: not followed up this quarter (yet).</summary>
    public InitiativeStatus? Status { get; set; }

    [StringLength(4_000, ErrorMessage = "Beskrivelsen må højst være 4.000 tegn.")]
    public string? Narrative { get; set; }

    /// <summary>Why a recorded entry is changed; required then.</summary>
    [StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    public string? CorrectionNote { get; set; }
}

/// <summary>An initiative's row of the form: what was typed, what is saved, and what someone else saved meanwhile.</summary>
public sealed record FollowUpFormLine(int Index, ContentItem Initiative, string FocusArea, FollowUpFormRow Row, FollowUpEntry? Saved, FollowUpEntry? TheirEntry, FollowUpEntry? PreviousQuarter);

public sealed record FollowUpFormViewModel(
    ContentItem Strategy,
    Quarter Quarter,
    FollowUpForm Form,
    IReadOnlyList<FollowUpFormLine> Lines,
    bool IsNew,
    bool HasConflict,
    string? TheirSummary);
