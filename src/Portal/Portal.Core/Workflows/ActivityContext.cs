using System.Text.Json.Nodes;
using Portal.Core.Content;

namespace Portal.Core.Workflows;

/// <summary>Everything an activity may use while it runs in one workflow.</summary>
public sealed class ActivityContext
{
    public required string WorkflowId { get; init; }

    public required string WorkflowTypeName { get; init; }

    public required ActivityRecord Activity { get; init; }

    /// <summary>The id of the content item the workflow is about.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>The item's latest version as it is now in this run (a task before may have changed it), or null when it is gone.</summary>
    public required Func<Task<ContentItem?>> LatestContentAsync { get; init; }

    /// <summary>The event that started or resumed the workflow: the actor, the action, the comment … as the event gave them.</summary>
    public required WorkflowInput Input { get; init; }

    /// <summary>Values the workflow keeps between activities and runs.</summary>
    public required JsonObject Properties { get; init; }

    /// <summary>How many transitions lead into this activity (for a join).</summary>
    public required int IncomingTransitions { get; init; }

    /// <summary>The activity the run came from, or null for a start or resume.</summary>
    public string? ArrivedFrom { get; init; }

    public required IWorkflowExpressions Expressions { get; init; }

    public required IServiceProvider Services { get; init; }

    /// <summary>The name the activity has in this type: its title, or the activity's own name.</summary>
    public string StepName(IActivity activity) => Activity.Title ?? activity.DisplayName;
}

/// <summary>The event that starts or resumes a workflow.</summary>
public sealed record WorkflowInput(string EventName, string? UserName = null, string? Action = null, string? Comment = null, string? ContentType = null)
{
    /// <summary>The user task being acted on, by its activity id (a resumed user task checks it is the one).</summary>
    public string? ActivityId { get; init; }
}

/// <summary>Liquid over the workflow: the item, its properties and the event.</summary>
public interface IWorkflowExpressions
{
    /// <summary>The template rendered; an empty template gives an empty string.</summary>
    Task<string> RenderAsync(string template, ActivityContext context);

    /// <summary>A Liquid condition (what goes between <c>{% if</c> and <c>%}</c>) evaluated.</summary>
    Task<bool> EvaluateAsync(string condition, ActivityContext context);

    /// <summary>What is wrong with a template or condition, in Danish, or null when it parses.</summary>
    string? Check(string templateOrCondition, bool isCondition);
}
