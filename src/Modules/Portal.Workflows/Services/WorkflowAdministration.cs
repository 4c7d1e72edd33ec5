using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;
using Portal.Workflows.Recipes;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Services;

/// <summary>
/// What administrators do with workflow types and running workflows: list, read as an outline,
/// save a new version from its JSON, turn on and off, and look into, retry or stop a workflow.
/// </summary>
public sealed class WorkflowAdministration(
    PortalDbContext db,
    WorkflowTypeStore store,
    WorkflowValidator validator,
    WorkflowManager manager,
    ActivityLibrary library,
    IContentVisibility visibility)
{
    private const int PageSize = 30;

    public async Task<IReadOnlyList<WorkflowTypeRow>> TypesAsync()
    {
        var types = await store.LatestAsync();
        var counts = await db.Set<Workflow>().AsNoTracking()
            .GroupBy(w => new { w.WorkflowTypeId, w.Status })
            .Select(g => new { g.Key.WorkflowTypeId, g.Key.Status, Count = g.Count() })
            .ToListAsync();
        int CountOf(string id, WorkflowStatus status) => counts.FirstOrDefault(c => c.WorkflowTypeId == id && c.Status == status)?.Count ?? 0;
        return [.. types.Select(t => new WorkflowTypeRow(t.WorkflowTypeId, t.Name, t.Version, t.Enabled, WorkflowDefinition.Parse(t.Definition).Description, CountOf(t.WorkflowTypeId, WorkflowStatus.Blocked), CountOf(t.WorkflowTypeId, WorkflowStatus.Faulted)))];
    }

    public async Task<WorkflowTypeEditorViewModel?> EditorAsync(string workflowTypeId)
    {
        if (await store.LatestAsync(workflowTypeId) is not { } loaded)
        {
            return null;
        }

        var exported = ExportedWorkflowType.Of(loaded.Type, loaded.Definition);
        return new WorkflowTypeEditorViewModel(loaded.Type.WorkflowTypeId, loaded.Type.Name, loaded.Type.Version, loaded.Type.Enabled, JsonSerializer.Serialize(exported, WorkflowDefinition.Json), Outline(loaded.Definition), []);
    }

    public WorkflowTypeEditorViewModel NewEditor() =>
        new(null, "", 0, false, JsonSerializer.Serialize(new ExportedWorkflowType { Name = "", Enabled = false }, WorkflowDefinition.Json), [], []);

    /// <summary>Saves the posted JSON as the type's next version, or says in Danish what is wrong with it and saves nothing.</summary>
    public async Task<(string? WorkflowTypeId, WorkflowTypeEditorViewModel? Invalid)> SaveAsync(string? workflowTypeId, string? json, ClaimsPrincipal user)
    {
        ExportedWorkflowType? exported;
        try
        {
            exported = JsonSerializer.Deserialize<ExportedWorkflowType>(json ?? "", WorkflowDefinition.Json);
        }
        catch (JsonException error)
        {
            return (null, Invalid(workflowTypeId, json, $"JSON kan ikke læses (linje {error.LineNumber + 1}, position {error.BytePositionInLine + 1})."));
        }

        if (exported is null)
        {
            return (null, Invalid(workflowTypeId, json, "JSON er tom."));
        }

        if (workflowTypeId is not null && await store.LatestAsync(workflowTypeId) is null)
        {
            return (null, null);
        }

        var (saved, problems) = await validator.SaveAsync(workflowTypeId, exported.Name ?? "", exported.Enabled, exported.ToDefinition(), user.Identity?.Name);
        return saved is null ? (null, Invalid(workflowTypeId, json, [.. problems])) : (saved.WorkflowTypeId, null);
    }

    public Task<bool> SetEnabledAsync(string workflowTypeId, bool enabled) => store.SetEnabledAsync(workflowTypeId, enabled);

    public async Task<WorkflowListViewModel> WorkflowsAsync(ClaimsPrincipal user, string? workflowTypeId, WorkflowStatus? status, int page)
    {
        var query = db.Set<Workflow>().AsNoTracking();
        if (!string.IsNullOrEmpty(workflowTypeId))
        {
            query = query.Where(w => w.WorkflowTypeId == workflowTypeId);
        }

        if (status is { } wanted)
        {
            query = query.Where(w => w.Status == wanted);
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var workflows = await query.OrderByDescending(w => w.ModifiedUtc).ThenByDescending(w => w.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var rows = await RowsAsync(user, workflows);
        return new WorkflowListViewModel(rows, await store.LatestAsync(), workflowTypeId, status, page, pageCount, total);
    }

    public async Task<WorkflowDetailViewModel?> WorkflowAsync(ClaimsPrincipal user, string workflowId)
    {
        var workflow = await db.Set<Workflow>().AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == workflowId);
        if (workflow is null)
        {
            return null;
        }

        var row = (await RowsAsync(user, [workflow]))[0];
        if (!row.ContentReadable)
        {
            // Task titles, comments and errors quote the item: not for an administrator who may not read it.
            return new WorkflowDetailViewModel(row, null, [], [], "{}");
        }

        var history = await db.Set<WorkflowHistoryEntry>().AsNoTracking().Where(h => h.WorkflowId == workflowId).OrderBy(h => h.Id).ToListAsync();
        var tasks = await db.Set<WorkflowTask>().AsNoTracking().Where(t => t.WorkflowId == workflowId).OrderBy(t => t.Id).ToListAsync();
        return new WorkflowDetailViewModel(row, workflow.FaultMessage, history, tasks, workflow.Properties);
    }

    public Task<WorkflowRunResult> RetryAsync(string workflowId) => manager.RetryAsync(workflowId);

    public Task<bool> CancelAsync(string workflowId, ClaimsPrincipal user) => manager.CancelAsync(workflowId, user.Identity?.Name);

    /// <summary>
    /// The type as text: each activity, what it is, and where each outcome leads; with each activity's
    /// place in the diagram. Reads without the diagram.
    /// </summary>
    public IReadOnlyList<OutlineStep> Outline(WorkflowDefinition definition)
    {
        var places = PlacesOf(definition);
        return [.. definition.Activities.Select(record =>
        {
            var activity = library.Find(record.Name);
            var outcomes = activity?.Outcomes(record.Settings) ?? [];
            var leads = definition.Transitions.Where(t => t.From == record.Id)
                .Select(t => new OutlineLead(outcomes.FirstOrDefault(o => o.Name == t.Outcome)?.DisplayName ?? t.Outcome, TitleOf(definition.Activity(t.To)), t.To))
                .ToList();
            var (x, y) = places[record.Id];
            return new OutlineStep(record.Id, TitleOf(record), activity?.DisplayName ?? $"Ukendt aktivitet ({record.Name})", record.IsStart, leads, x, y);
        })];
    }

    /// <summary>
    /// The diagram places the activities where the type says (X, Y). A type written without places
    /// (every activity on the same spot, e.g. typed as JSON) gets columns instead: the start events
    /// first, then each step one column to the right of the step that leads to it.
    /// </summary>
    private static Dictionary<string, (int X, int Y)> PlacesOf(WorkflowDefinition definition)
    {
        var activities = definition.Activities.DistinctBy(a => a.Id).ToList();
        if (activities.Select(a => (a.X, a.Y)).Distinct().Count() == activities.Count)
        {
            return activities.ToDictionary(a => a.Id, a => (a.X, a.Y));
        }

        const int ColumnWidth = 280, RowHeight = 120, Margin = 20;
        var column = activities.Where(a => a.IsStart).ToDictionary(a => a.Id, _ => 0);
        var queue = new Queue<string>(column.Keys);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in definition.Transitions.Where(t => t.From == id).Select(t => t.To))
            {
                if (!column.ContainsKey(next) && activities.Any(a => a.Id == next))
                {
                    column[next] = column[id] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        var unreached = column.Count == 0 ? 0 : column.Values.Max() + 1;
        var rows = new Dictionary<int, int>();
        return activities.ToDictionary(a => a.Id, a =>
        {
            var c = column.GetValueOrDefault(a.Id, unreached);
            var r = rows[c] = rows.GetValueOrDefault(c, -1) + 1;
            return (Margin + c * ColumnWidth, Margin + r * RowHeight);
        });
    }

    private string TitleOf(Core.Workflows.ActivityRecord? record) =>
        record is null ? "?" : record.Title ?? library.Find(record.Name)?.DisplayName ?? record.Id;

    private async Task<IReadOnlyList<WorkflowRow>> RowsAsync(ClaimsPrincipal user, IReadOnlyList<Workflow> workflows)
    {
        var keys = await visibility.KeysOfAsync(user);
        var items = await visibility.GetManyAsync(keys, workflows.Select(w => w.CorrelationId).Distinct(), VersionOptions.Latest);
        var typeIds = workflows.Select(w => w.WorkflowTypeId).Distinct().ToList();
        var types = await db.Set<WorkflowType>().AsNoTracking().Where(t => typeIds.Contains(t.WorkflowTypeId)).ToListAsync();
        var ids = workflows.Select(w => w.WorkflowId).ToList();
        var blocks = await db.Set<WorkflowBlock>().AsNoTracking().Where(b => ids.Contains(b.WorkflowId)).ToListAsync();
        return [.. workflows.Select(w =>
        {
            var type = types.FirstOrDefault(t => t.WorkflowTypeId == w.WorkflowTypeId && t.Version == w.TypeVersion);
            var definition = type is null ? new WorkflowDefinition() : WorkflowDefinition.Parse(type.Definition);
            var waiting = blocks.Where(b => b.WorkflowId == w.WorkflowId).Select(b => TitleOf(definition.Activity(b.ActivityId))).ToList();
            if (w.Status == WorkflowStatus.Faulted && w.FaultActivityId is { } faulted)
            {
                waiting.Add(TitleOf(definition.Activity(faulted)));
            }

            var item = items.GetValueOrDefault(w.CorrelationId);
            var title = item switch
            {
                { IsRedacted: false } => item.Item.DisplayText,
                null => "Indhold, du ikke kan læse",
                _ => item.Item.DisplayText,
            };
            return new WorkflowRow(w.WorkflowId, w.WorkflowTypeId, type?.Name ?? w.WorkflowTypeId, w.TypeVersion, w.CorrelationId, title, item is { IsRedacted: false }, w.Status, waiting, w.StartedBy, w.CreatedUtc, w.ModifiedUtc);
        })];
    }

    private static WorkflowTypeEditorViewModel Invalid(string? workflowTypeId, string? json, params IReadOnlyList<string> problems) =>
        new(workflowTypeId, "", 0, false, json ?? "", [], problems);
}
