using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Workflows.Models;

namespace Portal.Workflows.ViewModels;

/// <summary>A task as the inbox and the API list it.</summary>
public sealed record TaskSummary(
    long Id,
    string Title,
    string ContentItemId,
    string ContentTitle,
    string ContentType,
    string WorkflowType,
    string AssignedAs,
    DateTime? DueUtc,
    DateTime CreatedUtc);

public sealed record TaskActionChoice(string Name, string DisplayName, bool NeedsComment);

public sealed record TaskPageViewModel(
    WorkflowTask Task,
    ContentItem Content,
    bool HasPublished,
    string ContentTypeName,
    string WorkflowTypeName,
    IReadOnlyList<TaskActionChoice> Actions,
    IReadOnlyList<ComparedValue> Changes,
    IReadOnlyList<WorkflowHistoryEntry> History)
{
    public string? Comment { get; init; }

    public string? Error { get; init; }
}

public sealed record InboxViewModel(IReadOnlyList<TaskSummary> Tasks);
