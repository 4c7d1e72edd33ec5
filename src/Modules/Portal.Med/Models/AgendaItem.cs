using Portal.Core.Content;

namespace Portal.Med.Models;

public enum ItemKind
{
    Decision,
    Information,
    Discussion,
}

public enum DecisionOutcome
{
    Noted,
    Approved,
    Rejected,
    Postponed,
    Referred,
}

/// <summary>
/// A dagsordenspunkt with the sections of a Danish municipal agenda. The title is the item's title;
/// rich texts are sanitized HTML.
/// </summary>
public sealed class AgendaItemPart : ContentPart
{
    /// <summary>The meeting whose agenda the item is on: the one place that says so. It never changes; carrying a case on makes a new item.</summary>
    public string MeetingId { get; set; } = "";

    /// <summary>The case number, e.g. "23/30".</summary>
    public string Number { get; set; } = "";

    public bool IsClosed { get; set; }

    public ItemKind Kind { get; set; }

    /// <summary>Sagsgang: the committees (ids) the case passes, in order.</summary>
    public List<string> Route { get; set; } = [];

    /// <summary>The committees on the route that have treated the case, in order, with their meeting.</summary>
    public List<RouteStep> RouteHistory { get; set; } = [];

    /// <summary>Where the case was sent on to: the next committee, its meeting and the new item.</summary>
    public RouteStep? CarriedTo { get; set; }

    public string Summary { get; set; } = "";

    public string CaseDescription { get; set; } = "";

    /// <summary>Sammenhæng til andre politikker/strategier og fagområder: text and links to content.</summary>
    public string RelatedPolicies { get; set; } = "";

    /// <summary>The pages it refers to, with their titles as they were when the item was saved.</summary>
    public List<ContentLink> RelatedContent { get; set; } = [];

    public string LegalBasis { get; set; } = "";

    public string FinancialImpact { get; set; } = "";

    public Proposal? Proposal { get; set; }

    public Decision? Decision { get; set; }

    /// <summary>Members who did not take part in the item ("deltog ikke i behandling af punktet").</summary>
    public List<string> Recusals { get; set; } = [];

    /// <summary>Protokollater: a member's own statement added to the minutes.</summary>
    public List<MinuteNote> MinuteNotes { get; set; } = [];

    /// <summary>Bilag: attachment ids from the media module.</summary>
    public List<AttachmentLink> Attachments { get; set; } = [];

    /// <summary>Shared in confidence with <see cref="ConfidentialCommitteeIds"/> until this time, then with everyone.</summary>
    public DateTime? ConfidentialUntilUtc { get; set; }

    public List<string> ConfidentialCommitteeIds { get; set; } = [];
}

public sealed record RouteStep(string CommitteeId, string MeetingId, string AgendaItemId);

/// <summary>Indstilling: who proposes ("Formanden", "Velfærdsdirektøren") and the text.</summary>
public sealed record Proposal(string Proposer, string Text);

/// <summary>Beslutning: the committee, the day, the outcome and the text of the minutes.</summary>
public sealed record Decision(string CommitteeId, DateOnly Date, DecisionOutcome Outcome, string Text);

public sealed record MinuteNote(string Author, string Text);

public sealed record AttachmentLink(string Title, string Url);

public sealed record ContentLink(string ContentItemId, string Title);
