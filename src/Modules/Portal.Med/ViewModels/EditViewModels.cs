using System.ComponentModel.DataAnnotations;
using Portal.Core.Content;
using Portal.Med.Models;

namespace Portal.Med.ViewModels;

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

    public bool MinutesNeedApproval { get; set; }

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
    bool CanManageAccess)
{
    /// <summary>Fields and parts added to the committee type at run time, edited by their drivers.</summary>
    public IReadOnlyList<Portal.Core.Content.Display.DisplayResult> Extras { get; init; } = [];
}
