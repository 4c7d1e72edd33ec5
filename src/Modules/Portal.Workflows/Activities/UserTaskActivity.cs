using System.Text.Json.Nodes;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Notify;
using Portal.Core.Workflows;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Workflows.Activities;

/// <summary>The actions a user task can offer, with the words the inbox uses.</summary>
public static class TaskActions
{
    public const string Approve = nameof(Approve);
    public const string Reject = nameof(Reject);
    public const string SendBack = nameof(SendBack);

    public static readonly IReadOnlyList<ActivityOutcome> All =
    [
        new(Approve, "Godkend"),
        new(Reject, "Afvis"),
        new(SendBack, "Send tilbage"),
    ];

    public static string DisplayName(string action) => All.FirstOrDefault(a => a.Name == action)?.DisplayName ?? action;

    /// <summary>Rejecting and sending back must say why.</summary>
    public static bool NeedsComment(string action) => action is Reject or SendBack;
}

/// <summary>
/// A task in someone's inbox. Settings: <c>title</c> (Liquid), <c>assignees</c> (an array of
/// <c>{ "key": Liquid giving a principal key, "label": Liquid }</c>, e.g. <c>committee:{id}:chair</c>,
/// <c>role:Editor</c>), <c>actions</c> (Approve, Reject, SendBack), <c>dueInDays</c>, <c>remindAfterDays</c>
/// (the assignees are reminded), <c>escalateAfterDays</c> with <c>substitutes</c> (like assignees: the task
/// goes to them too). Whoever holds one of the keys when they act may act; the first action wins.
/// The outcome is the action taken.
/// </summary>
public sealed class UserTaskActivity(PortalDbContext db, Engine.WorkflowRunScope scope, INotificationQueue notifications, TimeProvider clock) : IActivity
{
    public string Name => WorkflowEvents.UserTask;

    public string DisplayName => "Opgave";

    public string Description => "En opgave i en eller flere personers \"Mine opgaver\": godkend, afvis eller send tilbage med en kommentar.";

    public ActivityKind Kind => ActivityKind.Event;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) =>
        [.. TaskActions.All.Where(a => ActionsOf(settings).Contains(a.Name))];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        if (settings.Text("title").Length == 0)
        {
            yield return "Opgaven skal have en titel.";
        }

        if (settings["assignees"] is not JsonArray { Count: > 0 } assignees || assignees.Any(a => a?["key"] is null))
        {
            yield return "Opgaven skal tildeles mindst én (en nøgle som role:Editor eller committee:{id}:chair).";
        }

        if (settings.Number("escalateAfterDays") is not null && settings["substitutes"] is not JsonArray { Count: > 0 })
        {
            yield return "Angiv stedfortrædere (substitutes), når opgaven skal sendes videre (escalateAfterDays).";
        }

        if (settings.Number("remindAfterDays") is <= 0 || settings.Number("escalateAfterDays") is <= 0 || settings.Number("dueInDays") is <= 0)
        {
            yield return "Frist, påmindelse og videresendelse skal være et positivt antal dage.";
        }

        var actions = settings.Texts("actions");
        if (actions.Count == 0 || actions.Any(a => TaskActions.All.All(known => known.Name != a)))
        {
            yield return "Opgavens handlinger skal være nogle af Approve, Reject og SendBack.";
        }
    }

    public Task<bool> MatchesAsync(ActivityContext context) =>
        Task.FromResult(context.Input.ActivityId == context.Activity.Id && ActionsOf(context.Activity.Settings).Contains(context.Input.Action ?? ""));

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var settings = context.Activity.Settings;
        var now = clock.GetUtcNow().UtcDateTime;
        var task = new WorkflowTask
        {
            WorkflowId = context.WorkflowId,
            ActivityId = context.Activity.Id,
            ContentItemId = context.CorrelationId,
            Title = Limit(await context.Expressions.RenderAsync(settings.Text("title"), context), 300),
            Actions = string.Join(' ', ActionsOf(settings)),
            Status = WorkflowTaskStatus.Open,
            CreatedUtc = now,
            DueUtc = settings.Number("dueInDays") is { } days ? now.AddDays(days) : null,
            RemindAtUtc = settings.Number("remindAfterDays") is { } remind ? now.AddDays(remind) : null,
        };

        var (keys, labels) = await AssigneesAsync(settings["assignees"], context);
        if (keys.Count == 0)
        {
            throw new Engine.WorkflowFaultException("Opgaven er ikke tildelt nogen.");
        }

        task.Assignees.AddRange(keys.Select(key => new WorkflowTaskAssignee { Key = key }));
        task.AssignedAs = Limit(string.Join(" eller ", labels.Distinct()), 300);
        if (settings.Number("escalateAfterDays") is { } escalate)
        {
            var (substitutes, substituteLabels) = await AssigneesAsync(settings["substitutes"], context);
            task.EscalateAtUtc = now.AddDays(escalate);
            task.EscalationKeys = Limit(string.Join(' ', substitutes), 1000);
            task.EscalationLabel = Limit(string.Join(" eller ", substituteLabels.Distinct()), 300);
        }

        db.Set<WorkflowTask>().Add(task);
        await db.SaveChangesAsync();
        scope.TasksChanged = true;
        notifications.Queue(new NotificationRequest(WorkflowMessages.TaskAssigned.Name, keys, task.ContentItemId)
        {
            Latest = true,
            ReadersOnly = true,
            Url = $"/tasks/{task.Id}",
            Actor = context.Input.UserName,
            Values = new Dictionary<string, string>
            {
                ["task"] = task.Title,
                ["assignedAs"] = task.AssignedAs,
                ["due"] = task.DueUtc is { } due ? DanishClock.Local(due).ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK")) : "",
            },
        });
        return ActivityResult.Block(Name);
    }

    /// <summary>The action taken: kept in the property <c>Decisions</c> by the task's id, then followed as the outcome.</summary>
    public Task<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var action = context.Input.Action ?? "";
        if (context.Input.ActivityId != context.Activity.Id || !ActionsOf(context.Activity.Settings).Contains(action))
        {
            return Task.FromResult(ActivityResult.Fault($"Handlingen '{action}' hører ikke til opgaven '{context.Activity.Id}'."));
        }

        var decisions = context.Properties["Decisions"] as JsonObject ?? [];
        decisions[context.Activity.Id] = new JsonObject
        {
            ["userName"] = context.Input.UserName,
            ["action"] = action,
            ["comment"] = context.Input.Comment,
            ["utc"] = clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        context.Properties["Decisions"] = decisions;
        context.Properties["LastComment"] = context.Input.Comment;
        context.Properties["LastActor"] = context.Input.UserName;
        return Task.FromResult(ActivityResult.Done(action));
    }

    private static IReadOnlyList<string> ActionsOf(JsonObject settings) => settings.Texts("actions");

    /// <summary>The keys and labels of <c>[{ "key", "label" }]</c>, rendered for this workflow.</summary>
    private static async Task<(List<string> Keys, List<string> Labels)> AssigneesAsync(JsonNode? assignees, ActivityContext context)
    {
        List<string> keys = [];
        List<string> labels = [];
        foreach (var assignee in (assignees as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = (await context.Expressions.RenderAsync(assignee.Text("key"), context)).Trim();
            if (key.Length == 0 || key.Length > 200 || key.Contains(' ', StringComparison.Ordinal))
            {
                throw new Engine.WorkflowFaultException($"Opgaven kan ikke tildeles '{key}': nøglen er tom, for lang eller har mellemrum.");
            }

            keys.Add(key);
            labels.Add(await context.Expressions.RenderAsync(assignee.Text("label"), context) is { Length: > 0 } label ? label : key);
        }

        return (keys, labels);
    }

    private static string Limit(string text, int length) => text.Length > length ? text[..length] : text;
}
