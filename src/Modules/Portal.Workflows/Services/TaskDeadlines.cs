using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Notify;
using Portal.Core.Workflows;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>
/// Open tasks whose time has come: the assignees are reminded once, and a task left long enough goes
/// to its substitutes as well (who are told, and may read the item from then on). Each is claimed
/// by a conditional update, so on several nodes it happens once.
/// </summary>
public sealed class TaskDeadlines(
    PortalDbContext db,
    INotificationQueue notifications,
    IContentManager contentManager,
    TimeProvider clock)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.Status == WorkflowTaskStatus.Open
                && ((t.RemindAtUtc <= now && t.RemindedUtc == null) || (t.EscalateAtUtc <= now && t.EscalatedUtc == null)))
            .Include(t => t.Assignees)
            .OrderBy(t => t.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        foreach (var task in due)
        {
            if (task.RemindAtUtc <= now && task.RemindedUtc is null)
            {
                await RemindAsync(task, now);
            }

            if (task.EscalateAtUtc <= now && task.EscalatedUtc is null && !string.IsNullOrEmpty(task.EscalationKeys))
            {
                await EscalateAsync(task, now);
            }
        }

        return due.Count;
    }

    private async Task RemindAsync(WorkflowTask task, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var claimed = await db.Set<WorkflowTask>()
            .Where(t => t.Id == task.Id && t.Status == WorkflowTaskStatus.Open && t.RemindedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RemindedUtc, now));
        if (claimed == 1)
        {
            var due = task.DueUtc is { } at ? $" Fristen er {DanishClock.Local(at).ToString("d. MMMM yyyy", Danish)}." : "";
            await NotifyAsync([.. task.Assignees.Select(a => a.Key)], $"Påmindelse: {task.Title}", $"Opgaven venter stadig på dig som {task.AssignedAs}.{due}", task);
        }

        await transaction.CommitAsync();
    }

    private async Task EscalateAsync(WorkflowTask task, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var assignedAs = $"{task.AssignedAs} eller {task.EscalationLabel}";
        var claimed = await db.Set<WorkflowTask>()
            .Where(t => t.Id == task.Id && t.Status == WorkflowTaskStatus.Open && t.EscalatedUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.EscalatedUtc, now)
                .SetProperty(t => t.AssignedAs, assignedAs.Length > 300 ? assignedAs[..300] : assignedAs));
        if (claimed == 1)
        {
            var keys = task.EscalationKeys!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(task.Assignees.Select(a => a.Key)).ToList();
            db.Set<WorkflowTaskAssignee>().AddRange(keys.Select(key => new WorkflowTaskAssignee { WorkflowTaskId = task.Id, Key = key }));
            await db.SaveChangesAsync();
            await contentManager.RefreshReadersAsync(task.ContentItemId);
            var since = DanishClock.Local(task.CreatedUtc).ToString("d. MMMM yyyy", Danish);
            await NotifyAsync(keys, $"Opgave sendt videre til dig: {task.Title}", $"{task.AssignedAs} har ikke taget stilling siden {since}, så opgaven er også sendt til dig som {task.EscalationLabel}.", task);
        }

        await transaction.CommitAsync();
    }

    private async Task NotifyAsync(IReadOnlyCollection<string> keys, string subject, string body, WorkflowTask task)
    {
        notifications.Queue(WorkflowMessages.Message(keys, subject, body, task.ContentItemId, $"/tasks/{task.Id}"));
        await db.SaveChangesAsync();
    }
}
