namespace Portal.Workflows.Models;

public enum WorkflowTaskStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>
/// A user task in someone's inbox ("Mine opgaver"): assigned to keys (a role, a committee's members,
/// its formand or næstformand), so whoever holds the key when they look has the task. Exactly one
/// person acts on it: the action is written only while it is open.
/// </summary>
public sealed class WorkflowTask
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    /// <summary>What is to be done, e.g. "Godkend anbefalingen".</summary>
    public string Title { get; set; } = "";

    /// <summary>Who it is for, as the inbox says it, e.g. "Formand for Hovedudvalget".</summary>
    public string AssignedAs { get; set; } = "";

    /// <summary>The actions offered, space-separated: Approve, Reject, SendBack.</summary>
    public string Actions { get; set; } = "";

    public WorkflowTaskStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DueUtc { get; set; }

    public string? ActedBy { get; set; }

    public DateTime? ActedUtc { get; set; }

    public string? Action { get; set; }

    public string? Comment { get; set; }

    /// <summary>When the assignees are reminded, if the task is still open then.</summary>
    public DateTime? RemindAtUtc { get; set; }

    public DateTime? RemindedUtc { get; set; }

    /// <summary>When the task also goes to the substitutes (<see cref="EscalationKeys"/>), if still open then.</summary>
    public DateTime? EscalateAtUtc { get; set; }

    /// <summary>The substitutes' keys, space-separated, as the task's settings named them when it was made.</summary>
    public string? EscalationKeys { get; set; }

    /// <summary>Who the substitutes are, as the inbox says it.</summary>
    public string? EscalationLabel { get; set; }

    public DateTime? EscalatedUtc { get; set; }

    public List<WorkflowTaskAssignee> Assignees { get; set; } = [];
}

/// <summary>One key a task is assigned to.</summary>
public sealed class WorkflowTaskAssignee
{
    public long Id { get; set; }

    public long WorkflowTaskId { get; set; }

    public string Key { get; set; } = "";
}
