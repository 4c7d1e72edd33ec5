using System.ComponentModel.DataAnnotations;
using Portal.Med.Indexes;
using Portal.Med.Models;

namespace Portal.Med.ViewModels;

/// <summary>What the agenda item editor posts, under the prefix <c>AgendaItemPart</c>.</summary>
public sealed class AgendaItemPartEditModel
{
    [Display(Name = "Nummer")]
    [Required(ErrorMessage = "Skriv punktets nummer, fx 23/30.")]
    [StringLength(50, ErrorMessage = "Nummeret må højst være 50 tegn.")]
    public string? Number { get; set; }

    public bool IsClosed { get; set; }

    public ItemKind Kind { get; set; }

    /// <summary>Sagsgang: committee ids in the order the secretary put them.</summary>
    public List<string> Route { get; set; } = [];

    public string? Summary { get; set; }

    public string? CaseDescription { get; set; }

    public string? RelatedPolicies { get; set; }

    public List<string> RelatedContentItemIds { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Lovgrundlaget må højst være 2000 tegn.")]
    public string? LegalBasis { get; set; }

    [StringLength(2000, ErrorMessage = "De økonomiske konsekvenser må højst være 2000 tegn.")]
    public string? FinancialImpact { get; set; }

    [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
    public string? Proposer { get; set; }

    public string? Proposal { get; set; }

    public DecisionOutcome? Outcome { get; set; }

    public string? DecisionText { get; set; }

    /// <summary>Members of the committee who did not take part, picked from the roster.</summary>
    public List<string> Recusals { get; set; } = [];

    /// <summary>Others who did not take part (guests), one per line.</summary>
    public string? OtherRecusals { get; set; }

    /// <summary>Addresses of bilag to take off the item (the files stay in the media library).</summary>
    public List<string> RemoveAttachments { get; set; } = [];

    public DateTime? ConfidentialUntil { get; set; }

    public List<string> ConfidentialCommitteeIds { get; set; } = [];
}

public sealed record AgendaItemPartEditorViewModel(
    AgendaItemPartEditModel Form,
    IReadOnlyList<AttachmentLink> Attachments,
    IReadOnlyList<CommitteeIndex> Committees,
    IReadOnlyList<KeyValuePair<string, string>> LinkableContent,
    IReadOnlyList<string> Roster);

/// <summary>What the meeting editor posts, under the prefix <c>MeetingPart</c>.</summary>
public sealed class MeetingPartEditModel
{
    [Display(Name = "Dato")]
    [Required(ErrorMessage = "Vælg mødets dato.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Starttid")]
    [Required(ErrorMessage = "Skriv hvornår mødet begynder, fx 09:00.")]
    public TimeOnly? Starts { get; set; }

    [Display(Name = "Sluttid")]
    [Required(ErrorMessage = "Skriv hvornår mødet slutter, fx 12:00.")]
    public TimeOnly? Ends { get; set; }

    [Display(Name = "Sted")]
    [StringLength(300, ErrorMessage = "Stedet må højst være 300 tegn.")]
    public string? Location { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>One row per member of the roster (and per person recorded before who is no longer on it).</summary>
    public List<AttendanceRow> Attendance { get; set; } = [];

    /// <summary>Guests and others present who are not members, one per line.</summary>
    [StringLength(4000, ErrorMessage = "Højst 4000 tegn.")]
    public string? Guests { get; set; }
}

/// <summary>A person on the roster and whether they came; no status means not recorded yet.</summary>
public sealed class AttendanceRow
{
    public string? Name { get; set; }

    public string? Affiliation { get; set; }

    public AttendanceStatus? Status { get; set; }
}

public sealed record MeetingPartEditorViewModel(MeetingPartEditModel Form, bool IsNew);
