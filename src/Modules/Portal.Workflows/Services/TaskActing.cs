using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Workflows;
using Portal.Workflows.Activities;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

public enum ActStatus
{
    Done,
    NotFound,
    Forbidden,
    Invalid,

    /// <summary>Someone acted first: the task was already closed.</summary>
    AlreadyDone,

    /// <summary>The action was taken, but the workflow failed on it; an administrator can retry.</summary>
    Faulted,

    /// <summary>The workflow is stuck on an earlier fault (or ended); the task stays as it was.</summary>
    NotWaiting,

    /// <summary>The item changed since the approver opened the task; nothing is decided.</summary>
    Changed,
    Busy,
}

public sealed record ActResult(ActStatus Status, string Message);

/// <summary>
/// Acting on a task: Godkend, Afvis or Send tilbage with a comment. Only someone the task is assigned
/// to (by a key they hold now) may act, and only once for everyone: the action is written only while
/// the task is open, so of two approvers acting at once exactly one moves the workflow on.
/// </summary>
public sealed class TaskActing(PortalDbContext db, IContentVisibility visibility, WorkflowManager manager, WorkflowRunScope scope, TimeProvider clock)
{
    public const int MaxComment = 4000;

    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    /// <param name="versionId">The version of the item the user saw when deciding: the decision counts only if it is still the latest.</param>
    public async Task<ActResult> ActAsync(ClaimsPrincipal user, long taskId, string? action, string? comment, string? versionId)
    {
        var task = await db.Set<WorkflowTask>().AsNoTracking().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == taskId);
        if (task is null || user.Identity?.Name is not { } userName)
        {
            return new(ActStatus.NotFound, "Opgaven findes ikke.");
        }

        var keys = await visibility.KeysOfAsync(user);
        if (!task.Assignees.Any(a => keys.Contains(a.Key)))
        {
            return new(ActStatus.Forbidden, "Opgaven er ikke tildelt dig, så du kan ikke handle på den.");
        }

        if (task.Status != WorkflowTaskStatus.Open)
        {
            return new(ActStatus.AlreadyDone, ClosedMessage(task));
        }

        var offered = task.Actions.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (action is null || !offered.Contains(action, StringComparer.Ordinal))
        {
            return new(ActStatus.Invalid, $"Vælg {string.Join(", ", offered.Select(TaskActions.DisplayName))}.");
        }

        comment = comment?.Trim();
        if (TaskActions.NeedsComment(action) && string.IsNullOrEmpty(comment))
        {
            return new(ActStatus.Invalid, $"Skriv en kommentar: den, der sendte indholdet, skal vide hvorfor du vælger '{TaskActions.DisplayName(action)}'.");
        }

        if (comment?.Length > MaxComment)
        {
            return new(ActStatus.Invalid, $"Kommentaren må højst være {MaxComment} tegn.");
        }

        if (await visibility.ReadAsync(user, task.ContentItemId, VersionOptions.Latest) is not { } latest)
        {
            return new(ActStatus.Forbidden, "Du kan ikke læse det, opgaven handler om, og kan derfor ikke tage stilling til det.");
        }

        if (latest.ContentItemVersionId != versionId)
        {
            return new(ActStatus.Changed, "Indholdet er ændret, siden du åbnede opgaven. Se ændringerne igen, og tag stilling på ny. Dit valg er ikke gemt.");
        }

        var input = new WorkflowInput(WorkflowEvents.UserTask, userName, action, string.IsNullOrEmpty(comment) ? null : comment) { ActivityId = task.ActivityId };
        var block = await db.Set<WorkflowBlock>().AsNoTracking()
            .FirstOrDefaultAsync(b => b.WorkflowId == task.WorkflowId && b.ActivityId == task.ActivityId && b.EventName == WorkflowEvents.UserTask);
        if (block is null)
        {
            return new(ActStatus.AlreadyDone, ClosedMessage(await ReloadAsync(taskId) ?? task));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await manager.ResumeAsync(block, input, async () =>
        {
            var claimed = await db.Set<WorkflowTask>()
                .Where(t => t.Id == taskId && t.Status == WorkflowTaskStatus.Open)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, WorkflowTaskStatus.Done)
                    .SetProperty(t => t.ActedBy, userName)
                    .SetProperty(t => t.ActedUtc, now)
                    .SetProperty(t => t.Action, action)
                    .SetProperty(t => t.Comment, input.Comment)) == 1;
            scope.TasksChanged |= claimed;
            return claimed;
        });

        return result.Outcome switch
        {
            RunOutcome.Ran => new(ActStatus.Done, $"Du har valgt '{TaskActions.DisplayName(action)}' for '{task.Title}'."),
            RunOutcome.AlreadyHandled => new(ActStatus.AlreadyDone, ClosedMessage(await ReloadAsync(taskId) ?? task)),
            RunOutcome.NotWaiting => new(ActStatus.NotWaiting, result.Message ?? "Arbejdsgangen venter ikke på opgaven nu."),
            RunOutcome.Faulted => new(ActStatus.Faulted, $"Dit valg er gemt, men arbejdsgangen kunne ikke fortsætte: {result.Message} En administrator kan prøve igen under Arbejdsgange."),
            _ => new(ActStatus.Busy, result.Message ?? "Prøv igen om lidt."),
        };
    }

    private Task<WorkflowTask?> ReloadAsync(long taskId) => db.Set<WorkflowTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId);

    private static string ClosedMessage(WorkflowTask task) => task switch
    {
        { Status: WorkflowTaskStatus.Done, ActedBy: { } by, Action: { } done, ActedUtc: { } at } =>
            $"Opgaven er allerede afsluttet: {by} valgte '{TaskActions.DisplayName(done)}' {DanishClock.Local(at).ToString("d. MMMM yyyy 'kl.' HH.mm", Danish)}. Dit valg er ikke gemt.",
        { Status: WorkflowTaskStatus.Cancelled } => "Opgaven er annulleret, fordi arbejdsgangen er afsluttet. Dit valg er ikke gemt.",
        _ => "Opgaven er allerede afsluttet. Dit valg er ikke gemt.",
    };
}
