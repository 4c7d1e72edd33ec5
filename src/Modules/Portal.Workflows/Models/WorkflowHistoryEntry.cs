namespace Portal.Workflows.Models;

/// <summary>One step a workflow took: the activity, where it went and who acted.</summary>
public sealed class WorkflowHistoryEntry
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    /// <summary>The activity's title in the type at the time, so the history reads the same after the type changes.</summary>
    public string Step { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string? UserName { get; set; }

    public string? Comment { get; set; }

    public DateTime Utc { get; set; }
}
