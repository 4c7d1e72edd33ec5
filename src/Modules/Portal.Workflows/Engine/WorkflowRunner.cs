using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Workflows;
using Portal.Workflows.Models;

namespace Portal.Workflows.Engine;

/// <summary>Where a run begins: an activity to resume (an event that happened) or to execute.</summary>
internal sealed record RunEntry(string ActivityId, bool Resume, string? From = null);

/// <summary>What one run did, to be written when it ends.</summary>
internal sealed class RunState(JsonObject properties)
{
    public JsonObject Properties { get; } = properties;

    public List<(string ActivityId, WaitFor Wait)> Waits { get; } = [];

    public List<WorkflowHistoryEntry> History { get; } = [];

    public bool Finished { get; set; }
}

/// <summary>An activity failed: where, and why.</summary>
internal sealed class WorkflowRunFault(string activityId, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ActivityId { get; } = activityId;
}

/// <summary>
/// Runs a workflow from its entries until every branch halts or the workflow finishes, in memory:
/// the caller writes what it did in the run's transaction, or nothing when it faults.
/// </summary>
public sealed class WorkflowRunner(ActivityLibrary library, IWorkflowExpressions expressions, IContentManager contentManager, IServiceProvider services, TimeProvider clock)
{
    private const int MaxSteps = 500;

    internal async Task<RunState> RunAsync(Workflow workflow, LoadedType type, IReadOnlyList<RunEntry> entries, WorkflowInput input)
    {
        var state = new RunState(JsonNode.Parse(workflow.Properties) as JsonObject ?? []);
        var queue = new Queue<RunEntry>(entries);
        var steps = 0;
        while (queue.TryDequeue(out var entry))
        {
            if (++steps > MaxSteps)
            {
                throw new WorkflowRunFault(entry.ActivityId, $"Arbejdsgangen tog mere end {MaxSteps} skridt i én kørsel og er standset: den går i ring.");
            }

            var record = type.Definition.Activity(entry.ActivityId)
                ?? throw new WorkflowRunFault(entry.ActivityId, $"Aktiviteten '{entry.ActivityId}' findes ikke i arbejdsgangen.");
            var result = await RunActivityAsync(workflow, type, record, entry, input, state);
            var activity = library.Get(record.Name);
            switch (result.Kind)
            {
                case ActivityResultKind.Fault:
                    throw new WorkflowRunFault(record.Id, result.Error ?? "Aktiviteten fejlede.");
                case ActivityResultKind.Halt when result.Wait is { } wait:
                    state.Waits.Add((record.Id, wait));
                    break;
                case ActivityResultKind.Halt:
                    break;
                case ActivityResultKind.Finish:
                    Record(state, workflow, record, activity, "Finished", "Afsluttet", input);
                    state.Finished = true;
                    queue.Clear();
                    break;
                default:
                    foreach (var outcome in result.Outcomes)
                    {
                        var label = activity.Outcomes(record.Settings).FirstOrDefault(o => o.Name == outcome)?.DisplayName ?? outcome;
                        Record(state, workflow, record, activity, outcome, label, input);
                        foreach (var transition in type.Definition.From(record.Id, outcome))
                        {
                            queue.Enqueue(new RunEntry(transition.To, Resume: false, From: record.Id));
                        }
                    }

                    break;
            }
        }

        return state;
    }

    private async Task<ActivityResult> RunActivityAsync(Workflow workflow, LoadedType type, ActivityRecord record, RunEntry entry, WorkflowInput input, RunState state)
    {
        IActivity activity;
        try
        {
            activity = library.Get(record.Name);
        }
        catch (WorkflowFaultException missing)
        {
            throw new WorkflowRunFault(record.Id, missing.Message);
        }

        var context = ContextFor(workflow, type, record, input, state.Properties, entry.From);
        try
        {
            return entry.Resume ? await activity.ResumeAsync(context) : await activity.ExecuteAsync(context);
        }
        catch (WorkflowFaultException fault)
        {
            throw new WorkflowRunFault(record.Id, fault.Message, fault);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new WorkflowRunFault(record.Id, $"{context.StepName(activity)} fejlede: {error.Message}", error);
        }
    }

    public ActivityContext ContextFor(Workflow workflow, LoadedType type, ActivityRecord record, WorkflowInput input, JsonObject properties, string? from = null) => new()
    {
        WorkflowId = workflow.WorkflowId,
        WorkflowTypeName = type.Type.Name,
        Activity = record,
        CorrelationId = workflow.CorrelationId,
        LatestContentAsync = () => contentManager.GetAsync(workflow.CorrelationId, VersionOptions.Latest),
        Input = input,
        Properties = properties,
        IncomingTransitions = type.Definition.IncomingTo(record.Id),
        ArrivedFrom = from,
        Expressions = expressions,
        Services = services,
    };

    private void Record(RunState state, Workflow workflow, ActivityRecord record, IActivity activity, string outcome, string label, WorkflowInput input) =>
        state.History.Add(new WorkflowHistoryEntry
        {
            WorkflowId = workflow.WorkflowId,
            ActivityId = record.Id,
            Step = record.Title ?? activity.DisplayName,
            Outcome = label.Length > 50 ? label[..50] : label,
            UserName = input.UserName,
            Comment = activity.Kind == ActivityKind.Event && record.Id == input.ActivityId ? input.Comment : null,
            Utc = clock.GetUtcNow().UtcDateTime,
        });
}
