namespace Portal.Workflows.Models;

/// <summary>
/// A content event written in the save's transaction and handed to the workflows after it: an event
/// is not lost when the save's request ends or the node is restarted before it is handed on, and a
/// workflow never runs inside another item's save.
/// </summary>
public sealed class WorkflowEvent
{
    public long Id { get; set; }

    public string EventName { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? UserName { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>How many times handing it on failed; it is set aside after a few.</summary>
    public int Attempts { get; set; }
}
