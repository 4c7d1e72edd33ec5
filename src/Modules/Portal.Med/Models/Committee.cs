using Portal.Core.Content;

namespace Portal.Med.Models;

/// <summary>The kinds of committee a MED organisation and its political counterparts have.</summary>
public enum CommitteeKind
{
    Hovedudvalg,
    Omraadeudvalg,
    LocalMed,
    PoliticalCommittee,
    Kommunalbestyrelse,
    Section17,
    WorkingGroup,
    SteeringGroup,
}

public enum CommitteeRole
{
    Chair,
    ViceChair,
    Member,
    Secretary,
}

public enum MedSide
{
    None,
    Management,
    Employees,
}

/// <summary>An udvalg: its kind, place in the hierarchy and members. The name is the item's title.</summary>
public sealed class CommitteePart : ContentPart
{
    public CommitteeKind Kind { get; set; }

    /// <summary>Short name used in a Sagsgang, e.g. "HU", "BUU".</summary>
    public string Abbreviation { get; set; } = "";

    public string? ParentCommitteeId { get; set; }

    public string Description { get; set; } = "";

    public List<CommitteeMember> Members { get; set; } = [];

    /// <summary>Roles (besides the members) that may read the committee's closed items.</summary>
    public List<string> GrantedRoles { get; set; } = [];

    /// <summary>
    /// The minutes are published only when the formand (ledelsen) and the næstformand
    /// (medarbejderne) have approved them: the secretary sends them for approval instead.
    /// </summary>
    public bool MinutesNeedApproval { get; set; }
}

/// <summary>A member: a portal user (by user name) or a named person without an account.</summary>
public sealed class CommitteeMember
{
    public string Name { get; set; } = "";

    public string? UserName { get; set; }

    public CommitteeRole Role { get; set; } = CommitteeRole.Member;

    public MedSide Side { get; set; }

    /// <summary>Political party or organisation, e.g. "(A)".</summary>
    public string? Affiliation { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool IsActiveOn(DateOnly day) => (From is null || From <= day) && (To is null || To >= day);
}
