namespace Portal.Workflows.Models;

/// <summary>
/// One version of a workflow type: its activities and transitions as JSON. Saving a type writes a new
/// version; a running workflow keeps the version it started on.
/// </summary>
public sealed class WorkflowType
{
    public long Id { get; set; }

    /// <summary>Shared by all versions of the type.</summary>
    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    public int Version { get; set; }

    public bool Latest { get; set; }

    /// <summary>A disabled type starts no new workflow; those running go on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The <see cref="WorkflowDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }
}
