using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Med.Models;

public enum MeetingStatus
{
    Planned,
    AgendaPublished,
    MinutesPublished,
}

public enum AttendanceStatus
{
    Present,
    SentApologies,
    Absent,
}

/// <summary>A møde of one committee, with its agenda items in order and who attended.</summary>
public sealed class MeetingPart : ContentPart
{
    /// <summary>Minutes record what happened: not before the meeting has begun.</summary>
    public static bool MinutesMayBePublished(DateTime startsUtc, DateTime nowUtc) => startsUtc <= nowUtc;

    public string CommitteeId { get; set; } = "";

    public DateTime StartsUtc { get; set; }

    public DateTime EndsUtc { get; set; }

    public string Location { get; set; } = "";

    public MeetingStatus Status { get; set; }

    /// <summary>
    /// When the minutes came out: set by <c>MinutesPublicationHandler</c> when a version with
    /// status <see cref="MeetingStatus.MinutesPublished"/> is published, null while they are not.
    /// </summary>
    public DateTime? MinutesPublishedUtc { get; set; }

    /// <summary>
    /// Who approved the minutes for each side, and their comments, when the committee's minutes need
    /// approval: written with the publication by the approval, and cleared when the minutes are taken back.
    /// </summary>
    public string? MinutesApproval { get; set; }

    /// <summary>
    /// The order the secretary put the agenda in. Which items are on the agenda is each item's own
    /// <see cref="AgendaItemPart.MeetingId"/>, kept nowhere else: an id here whose item is not on the
    /// meeting means nothing, and an item not named here comes last (<see cref="Services.Agenda.InOrder"/>).
    /// Stored under its earlier name, so meetings saved before keep their order.
    /// </summary>
    [JsonPropertyName("agendaItemIds")]
    public List<string> AgendaOrder { get; set; } = [];

    public List<Attendance> Attendance { get; set; } = [];
}

public sealed record Attendance(string Name, AttendanceStatus Status, string? Affiliation = null);
