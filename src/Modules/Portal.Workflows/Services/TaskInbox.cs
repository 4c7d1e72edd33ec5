using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Workflows.Activities;
using Portal.Workflows.Models;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>
/// "Mine opgaver": the open tasks assigned to a key the user holds now (so a new formand has the
/// tasks the old one left), about items the user may read. A task about an item the user may not
/// read is not shown or counted.
/// </summary>
public sealed class TaskInbox(
    PortalDbContext db,
    IContentVisibility visibility,
    IContentDefinitionManager definitions,
    VersionComparer comparer)
{
    public async Task<IReadOnlyList<TaskSummary>> OpenAsync(ClaimsPrincipal user)
    {
        var keys = await visibility.KeysOfAsync(user);
        var tasks = await AssignedTo(keys).Where(t => t.Status == WorkflowTaskStatus.Open)
            .OrderBy(t => t.DueUtc == null).ThenBy(t => t.DueUtc).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Title, t.ContentItemId, t.AssignedAs, t.DueUtc, t.CreatedUtc, t.WorkflowId })
            .ToListAsync();
        if (tasks.Count == 0)
        {
            return [];
        }

        var items = await visibility.GetManyAsync(keys, tasks.Select(t => t.ContentItemId).Distinct(), VersionOptions.Latest);
        var workflowIds = tasks.Select(t => t.WorkflowId).Distinct().ToList();
        var typeNames = await (from w in db.Set<Workflow>().AsNoTracking()
                               join type in db.Set<WorkflowType>().AsNoTracking() on new { w.WorkflowTypeId, Version = w.TypeVersion } equals new { type.WorkflowTypeId, type.Version }
                               where workflowIds.Contains(w.WorkflowId)
                               select new { w.WorkflowId, type.Name }).ToDictionaryAsync(w => w.WorkflowId, w => w.Name);
        return [.. tasks
            .Where(t => items.GetValueOrDefault(t.ContentItemId) is { IsRedacted: false })
            .Select(t => new TaskSummary(t.Id, t.Title, t.ContentItemId, items[t.ContentItemId].Item.DisplayText, items[t.ContentItemId].Item.ContentType, typeNames.GetValueOrDefault(t.WorkflowId, ""), t.AssignedAs, t.DueUtc, t.CreatedUtc))];
    }

    public async Task<int> CountAsync(ClaimsPrincipal user) => (await OpenAsync(user)).Count;

    /// <summary>One task with what it is about: only for those it is assigned to, and only when they may read the item.</summary>
    public async Task<TaskPageViewModel?> PageAsync(ClaimsPrincipal user, long taskId)
    {
        var keys = await visibility.KeysOfAsync(user);
        var task = await AssignedTo(keys).Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == taskId);
        if (task is null || await visibility.ReadAsync(user, task.ContentItemId, VersionOptions.Latest) is not { } latest)
        {
            return null;
        }

        var published = await visibility.ReadAsync(user, task.ContentItemId, VersionOptions.Published);
        var definition = await definitions.GetTypeDefinitionAsync(latest.ContentType);
        var changes = await comparer.CompareAsync(published ?? EmptyOf(latest), latest, definition);
        var workflow = await db.Set<Workflow>().AsNoTracking().FirstAsync(w => w.WorkflowId == task.WorkflowId);
        var type = await db.Set<WorkflowType>().AsNoTracking().FirstAsync(t => t.WorkflowTypeId == workflow.WorkflowTypeId && t.Version == workflow.TypeVersion);
        var history = await db.Set<WorkflowHistoryEntry>().AsNoTracking().Where(h => h.WorkflowId == task.WorkflowId).OrderBy(h => h.Id).ToListAsync();
        return new TaskPageViewModel(
            task,
            latest,
            published is not null,
            definition?.DisplayName ?? latest.ContentType,
            type.Name,
            [.. task.Actions.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => new TaskActionChoice(a, TaskActions.DisplayName(a), TaskActions.NeedsComment(a)))],
            changes,
            history);
    }

    /// <summary>The tasks assigned to any of the keys (open or not).</summary>
    internal IQueryable<WorkflowTask> AssignedTo(IReadOnlySet<string> keys)
    {
        var keyList = keys.ToList();
        return db.Set<WorkflowTask>().AsNoTracking().Where(t => t.Assignees.Any(a => keyList.Contains(a.Key)));
    }

    /// <summary>A version with nothing in it, to compare a first draft against.</summary>
    private static ContentItem EmptyOf(ContentItem item) => new() { ContentItemId = item.ContentItemId, ContentType = item.ContentType };
}
