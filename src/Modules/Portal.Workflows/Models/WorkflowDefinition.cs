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

    public int IncomingTo(string activityId) => Transitions.Count(t => t.To == activityId);

    public static WorkflowDefinition Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Json) ?? new WorkflowDefinition();

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>From an activity, along one of its outcomes, to the next.</summary>
public sealed record Transition(string From, string Outcome, string To);
