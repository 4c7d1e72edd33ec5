using Portal.Workflows.Models;

namespace Portal.Workflows.Engine;

public enum RunOutcome
{
    /// <summary>The run was written: the workflow now waits, or has finished.</summary>
    Ran,

    /// <summary>Someone else got there first (the task was acted on, the event already handled, or an open workflow of the type already exists).</summary>
    AlreadyHandled,

    /// <summary>An activity failed; nothing of the run was kept and the workflow is marked faulted.</summary>
    Faulted,

    /// <summary>The database stayed busy with other runs of this workflow; nothing changed.</summary>
    Busy,

    /// <summary>The workflow waits for nothing now (it faulted and waits for its retry, or ended); nothing changed.</summary>
    NotWaiting,
}

public sealed record WorkflowRunResult(RunOutcome Outcome, string WorkflowId, WorkflowStatus? Status = null, string? Message = null);

/// <summary>Set while a workflow runs in this scope: what it does (publishing an item waiting for approval) is the workflow's own.</summary>
public sealed class WorkflowRunScope
{
    public int Depth { get; set; }

    public bool IsRunning => Depth > 0;

    /// <summary>
    /// A task of the item was opened, acted on or cancelled in this run: who may read the item's draft
    /// changes with it (<see cref="Services.ApproverKeys"/>), so its readers are written again.
    /// </summary>
    public bool TasksChanged { get; set; }
}
