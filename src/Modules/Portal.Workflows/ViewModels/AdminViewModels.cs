using Portal.Workflows.Models;

namespace Portal.Workflows.ViewModels;

public sealed record WorkflowTypeRow(string WorkflowTypeId, string Name, int Version, bool Enabled, string Description, int Waiting, int Faulted);

public sealed record OutlineLead(string Outcome, string To);

public sealed record OutlineStep(string Id, string Title, string Kind, bool IsStart, IReadOnlyList<OutlineLead> Leads);

public sealed record WorkflowTypeEditorViewModel(
    string? WorkflowTypeId,
    string Name,
    int Version,
    bool Enabled,
    string Json,
    IReadOnlyList<OutlineStep> Outline,
    IReadOnlyList<string> Problems);

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
