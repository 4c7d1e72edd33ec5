namespace Portal.Workflows.Models;

public enum WorkflowStatus
{
    /// <summary>Waiting for an event (a task, a time).</summary>
    Blocked,

    Finished,

    /// <summary>An activity failed; an administrator can retry it.</summary>
    Faulted,

    /// <summary>Stopped by an administrator or because its item was removed.</summary>
    Cancelled,
}

/// <summary>A workflow: one run of a type about one content item, kept until it finishes.</summary>
public sealed class Workflow
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public int TypeVersion { get; set; }

    /// <summary>The content item it is about.</summary>
    public string CorrelationId { get; set; } = "";

    /// <summary>
    /// The item while the workflow is open, null once it ended: a unique index on it with the type
    /// lets the database refuse a second open workflow of the same type about the same item.
    /// </summary>
    public string? OpenCorrelationId { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>The workflow's properties as a JSON object.</summary>
    public string Properties { get; set; } = "{}";

    /// <summary>Changes with every run; a run that started from an older stamp is not written.</summary>
    public Guid Stamp { get; set; }

    public string? StartedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string? FaultMessage { get; set; }

    public string? FaultActivityId { get; set; }

    /// <summary>What the faulted run was doing (the event and where it resumed), to run it again on retry.</summary>
    public string? PendingRun { get; set; }
}
