using System.Text.Json.Nodes;

namespace Portal.Core.Workflows;

public enum ActivityKind
{
    /// <summary>Something that happens (an item submitted, a task acted on, a time reached): starts a workflow or is waited for.</summary>
    Event,

    /// <summary>Something the workflow does (publish, notify, decide).</summary>
    Task,
}

/// <summary>A named way out of an activity; transitions follow outcomes.</summary>
public sealed record ActivityOutcome(string Name, string DisplayName);

/// <summary>
/// One kind of step a workflow type can use. Modules contribute activities with
/// <c>services.AddActivity&lt;T&gt;()</c>; a workflow type names them by <see cref="Name"/> and gives
/// each use its own settings.
/// </summary>
public interface IActivity
{
    /// <summary>Stable name stored in workflow types, e.g. <c>Publish</c>.</summary>
    string Name { get; }

    string DisplayName { get; }

    string Description { get; }

    ActivityKind Kind { get; }

    /// <summary>The outcomes an activity with these settings can end with.</summary>
    IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings);

    /// <summary>What is wrong with the settings, in Danish, or nothing: asked when a type is saved or imported.</summary>
    IEnumerable<string> Validate(JsonObject settings) => [];

    /// <summary>
    /// For an event: whether this event (in <see cref="ActivityContext.Input"/>) is one this activity
    /// waits for or starts on, e.g. the content type matches.
    /// </summary>
    Task<bool> MatchesAsync(ActivityContext context) => Task.FromResult(true);

    /// <summary>The workflow reached the activity: a task does its work, an event usually halts to wait.</summary>
    Task<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>The event the workflow waited for (or started on) happened: which way to go on.</summary>
    Task<ActivityResult> ResumeAsync(ActivityContext context) => ExecuteAsync(context);
}

/// <summary>An activity as used in one workflow type: which activity, its settings and place in the diagram.</summary>
public sealed class ActivityRecord
{
    public string Id { get; set; } = "";

    /// <summary>The <see cref="IActivity.Name"/>.</summary>
    public string Name { get; set; } = "";

    /// <summary>What this use is called in the diagram and the history, e.g. "Formandens godkendelse".</summary>
    public string? Title { get; set; }

    /// <summary>An event that starts the workflow.</summary>
    public bool IsStart { get; set; }

    public JsonObject Settings { get; set; } = [];

    public int X { get; set; }

    public int Y { get; set; }

    public string? Setting(string name) => Settings[name]?.GetValue<string>();
}

public enum ActivityResultKind
{
    /// <summary>Go on along these outcomes.</summary>
    Outcomes,

    /// <summary>Stop here: wait for an event (a block is written) or, without one, end this branch.</summary>
    Halt,

    /// <summary>End the whole workflow now, cancelling whatever else it waits for.</summary>
    Finish,

    /// <summary>The activity failed; nothing of the run is kept.</summary>
    Fault,
}

public sealed record ActivityResult(ActivityResultKind Kind, IReadOnlyList<string> Outcomes, string? Error = null, WaitFor? Wait = null)
{
    public static ActivityResult Done(params string[] outcomes) => new(ActivityResultKind.Outcomes, outcomes);

    /// <summary>Wait for the event <paramref name="eventName"/> (at <paramref name="dueUtc"/> for a timer).</summary>
    public static ActivityResult Block(string eventName, DateTime? dueUtc = null) => new(ActivityResultKind.Halt, [], null, new WaitFor(eventName, dueUtc));

    /// <summary>This branch goes no further (a join still waiting for the others).</summary>
    public static ActivityResult Halt() => new(ActivityResultKind.Halt, []);

    public static ActivityResult Finish() => new(ActivityResultKind.Finish, []);

    public static ActivityResult Fault(string error) => new(ActivityResultKind.Fault, [], error);
}

/// <summary>What a halted activity waits for.</summary>
public sealed record WaitFor(string EventName, DateTime? DueUtc);
