namespace Portal.Workflows.Models;

/// <summary>
/// A workflow waits at an activity for an event: found by the event's name and the item, through an
/// index, when the event happens.
/// </summary>
public sealed class WorkflowBlock
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string EventName { get; set; } = "";

    public string CorrelationId { get; set; } = "";

    /// <summary>For a timer: when it is due.</summary>
    public DateTime? DueUtc { get; set; }

    public DateTime CreatedUtc { get; set; }
}
