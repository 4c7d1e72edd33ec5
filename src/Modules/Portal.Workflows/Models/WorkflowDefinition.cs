using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Core.Workflows;

namespace Portal.Workflows.Models;

/// <summary>What a workflow type does: its activities and the transitions between them by outcome.</summary>
public sealed class WorkflowDefinition
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Description { get; set; } = "";

    public List<ActivityRecord> Activities { get; set; } = [];

    public List<Transition> Transitions { get; set; } = [];

    public ActivityRecord? Activity(string id) => Activities.FirstOrDefault(a => a.Id == id);

    public IEnumerable<Transition> From(string activityId, string outcome) =>
        Transitions.Where(t => t.From == activityId && string.Equals(t.Outcome, outcome, StringComparison.Ordinal));

    /// <summary>How many activities lead into this one (two outcomes of one activity are one way in).</summary>
    public int IncomingTo(string activityId) => Transitions.Where(t => t.To == activityId).Select(t => t.From).Distinct(StringComparer.Ordinal).Count();

    public static WorkflowDefinition Parse(string json) =>
        (JsonSerializer.Deserialize<WorkflowDefinition>(json, Json) ?? new WorkflowDefinition()).Normalized();

    /// <summary>The definition with what JSON may leave out or set to null filled in, so checking it never meets a null.</summary>
    public WorkflowDefinition Normalized()
    {
        Description ??= "";
        Activities = [.. (Activities ?? []).Where(a => a is not null)];
        foreach (var activity in Activities)
        {
            activity.Id ??= "";
            activity.Name ??= "";
            activity.Settings ??= [];
        }

        Transitions = [.. (Transitions ?? []).Where(t => t is not null && t.From is not null && t.To is not null && t.Outcome is not null)];
        return this;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>From an activity, along one of its outcomes, to the next.</summary>
public sealed record Transition(string From, string Outcome, string To);
