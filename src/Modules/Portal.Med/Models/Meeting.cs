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

    /// <summary>The agenda: agenda item ids in the order they are treated.</summary>
    public List<string> AgendaItemIds { get; set; } = [];

    public List<Attendance> Attendance { get; set; } = [];
}

public sealed record Attendance(string Name, AttendanceStatus Status, string? Affiliation = null);
