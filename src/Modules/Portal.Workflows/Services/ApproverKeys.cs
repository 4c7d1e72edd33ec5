using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>
/// Whoever has an open task about an item may read its draft, to decide on it: the draft's readers
/// get the task's keys while it is open (runs refresh the item's readers when tasks open and close).
/// </summary>
internal sealed class ApproverKeys(PortalDbContext db) : IContentEditorKeysProvider
{
    public async Task AddEditorKeysAsync(ContentItem version, ISet<string> keys)
    {
        // Only the draft being decided on: an older draft left behind keeps no approver.
        if (!version.Latest)
        {
            return;
        }

        var assigned = await db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.ContentItemId == version.ContentItemId && t.Status == WorkflowTaskStatus.Open)
            .SelectMany(t => t.Assignees.Select(a => a.Key))
            .Distinct()
            .ToListAsync();
        keys.UnionWith(assigned);
    }
}
