using Portal.Workflows.Models;

namespace Portal.Workflows.ViewModels;

public sealed record WorkflowTypeRow(string WorkflowTypeId, string Name, int Version, bool Enabled, string Description, int Waiting, int Faulted);

/// <summary>Where an outcome leads: the outcome's Danish name, the target's title and id (the diagram draws an arrow to the id).</summary>
public sealed record OutlineLead(string Outcome, string To, string ToId);

/// <summary>One activity of a type, for the text outline and the diagram drawn above it (X and Y: the box's place in pixels).</summary>
public sealed record OutlineStep(string Id, string Title, string Kind, bool IsStart, IReadOnlyList<OutlineLead> Leads, int X, int Y);

public sealed record WorkflowTypeEditorViewModel(
    string? WorkflowTypeId,
    string Name,
    int Version,
    bool Enabled,
    string Json,
    IReadOnlyList<OutlineStep> Outline,
    IReadOnlyList<string> Problems)
{
    /// <summary>The diagram's arrows, one per transition, as the JSON its script reads (<c>data-edges</c>).</summary>
    public string DiagramEdges => System.Text.Json.JsonSerializer.Serialize(
        Outline.SelectMany(step => step.Leads.Select(lead => new { from = step.Id, to = lead.ToId, label = lead.Outcome })));
}

public sealed record WorkflowRow(
    string WorkflowId,
    string WorkflowTypeId,
    string TypeName,
    int TypeVersion,
    string ContentItemId,
    string ContentTitle,
    bool ContentReadable,
    WorkflowStatus Status,
    IReadOnlyList<string> CurrentSteps,
    string? StartedBy,
    DateTime CreatedUtc,
    DateTime ModifiedUtc);

public sealed record WorkflowListViewModel(
    IReadOnlyList<WorkflowRow> Rows,
    IReadOnlyList<WorkflowType> Types,
    string? WorkflowTypeId,
    WorkflowStatus? Status,
    int Page,
    int PageCount,
    int Total);

public sealed record WorkflowDetailViewModel(
    WorkflowRow Row,
    string? FaultMessage,
    IReadOnlyList<WorkflowHistoryEntry> History,
    IReadOnlyList<WorkflowTask> Tasks,
    string Properties);

public static class WorkflowText
{
    public static string Status(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Blocked => "Venter",
        WorkflowStatus.Finished => "Afsluttet",
        WorkflowStatus.Faulted => "Fejlet",
        WorkflowStatus.Cancelled => "Stoppet",
        _ => status.ToString(),
    };
}
