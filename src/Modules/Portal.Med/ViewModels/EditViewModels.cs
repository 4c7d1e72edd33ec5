using System.ComponentModel.DataAnnotations;
using Portal.Core.Content;
using Portal.Med.Models;

namespace Portal.Med.ViewModels;

public sealed class MeetingForm
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

    [Display(Name = "Status")]
    public MeetingStatus Status { get; set; }

    [Display(Name = "Til stede (et navn pr. linje)")]
    public string? Present { get; set; }

    [Display(Name = "Afbud (et navn pr. linje)")]
    public string? SentApologies { get; set; }

    [Display(Name = "Fraværende (et navn pr. linje)")]
    public string? Absent { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

public sealed record MeetingEditViewModel(
    string CommitteeId,
    string CommitteeName,
    string? MeetingId,
    MeetingForm Form,
    IReadOnlyList<AgendaItemView> Items);

public sealed class AgendaItemForm
{
    [Display(Name = "Nummer")]
    [Required(ErrorMessage = "Skriv punktets nummer, fx 23/30.")]
    [StringLength(50, ErrorMessage = "Nummeret må højst være 50 tegn.")]
    public string? Number { get; set; }

    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Skriv en titel.")]
    [StringLength(300, ErrorMessage = "Titlen må højst være 300 tegn.")]
    public string? Title { get; set; }

    [Display(Name = "Lukket sag")]
    public bool IsClosed { get; set; }

    [Display(Name = "Punktets art")]
    public ItemKind Kind { get; set; }

    [Display(Name = "Sagsgang")]
    public List<string> Route { get; set; } = [];

    [Display(Name = "Resume")]
    public string? Summary { get; set; }

    [Display(Name = "Sagsfremstilling")]
    public string? CaseDescription { get; set; }

    [Display(Name = "Sammenhæng til andre politikker/strategier og fagområder")]
    public string? RelatedPolicies { get; set; }

    /// <summary>Policies, strategies and other pages the item refers to.</summary>
    public List<string> RelatedContentItemIds { get; set; } = [];

    [Display(Name = "Lovgrundlag")]
    public string? LegalBasis { get; set; }

    [Display(Name = "Økonomiske konsekvenser")]
    public string? FinancialImpact { get; set; }

    [Display(Name = "Hvem indstiller")]
    [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
    public string? Proposer { get; set; }

    [Display(Name = "Indstilling")]
    public string? Proposal { get; set; }

    [Display(Name = "Beslutning")]
    public DecisionOutcome? Outcome { get; set; }

    [Display(Name = "Beslutningens tekst")]
    public string? DecisionText { get; set; }

    [Display(Name = "Deltog ikke i behandling af punktet (et navn pr. linje)")]
    public string? Recusals { get; set; }

    /// <summary>Bilag to add: PDF, Word, Excel or images.</summary>
    public List<Microsoft.AspNetCore.Http.IFormFile> NewAttachments { get; set; } = [];

    /// <summary>Addresses of bilag to take off the item (the files stay in the media library).</summary>
    public List<string> RemoveAttachments { get; set; } = [];

    public List<AttachmentLink> Attachments { get; set; } = [];

    [Display(Name = "Fortroligt indtil (tom: ikke fortroligt)")]
    public DateTime? ConfidentialUntil { get; set; }

    [Display(Name = "Delt i fortrolighed med")]
    public List<string> ConfidentialCommitteeIds { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }
}

public sealed record AgendaItemEditViewModel(
    string MeetingId,
    string MeetingTitle,
    string? AgendaItemId,
    AgendaItemForm Form,
    IReadOnlyList<Indexes.CommitteeIndex> Committees,
    string? NextCommitteeName,
    IReadOnlyList<Indexes.MeetingIndex> NextCommitteeMeetings,
    IReadOnlyList<KeyValuePair<string, string>> LinkableContent);

public sealed class CommitteeForm
{
    [Display(Name = "Navn")]
    [Required(ErrorMessage = "Skriv udvalgets navn.")]
    [StringLength(300, ErrorMessage = "Navnet må højst være 300 tegn.")]
    public string? Name { get; set; }

    [Display(Name = "Forkortelse")]
    [StringLength(50, ErrorMessage = "Forkortelsen må højst være 50 tegn.")]
    public string? Abbreviation { get; set; }

    public CommitteeKind Kind { get; set; }

    public string? ParentCommitteeId { get; set; }

    [StringLength(2000, ErrorMessage = "Beskrivelsen må højst være 2000 tegn.")]
    public string? Description { get; set; }

    public List<string> GrantedRoles { get; set; } = [];

    public List<MemberRow> Members { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>One row of the member table; a row without a name is ignored.</summary>
public sealed class MemberRow
{
    public string? Name { get; set; }

    public string? UserName { get; set; }

    public CommitteeRole Role { get; set; } = CommitteeRole.Member;

    public MedSide Side { get; set; }

    public string? Affiliation { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public static MemberRow Of(CommitteeMember member) => new()
    {
        Name = member.Name,
        UserName = member.UserName,
        Role = member.Role,
        Side = member.Side,
        Affiliation = member.Affiliation,
        From = member.From,
        To = member.To,
    };
}

public sealed record CommitteeEditViewModel(
    string? CommitteeId,
    CommitteeForm Form,
    IReadOnlyList<Indexes.CommitteeIndex> Committees,
    IReadOnlyList<string> Roles,
    bool CanManageAccess);
