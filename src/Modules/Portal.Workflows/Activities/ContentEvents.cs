using System.Text.Json.Nodes;
using Portal.Core.Workflows;

namespace Portal.Workflows.Activities;

/// <summary>The names content events have in workflow types.</summary>
public static class WorkflowEvents
{
    public const string ContentCreated = nameof(ContentCreated);
    public const string ContentUpdated = nameof(ContentUpdated);
    public const string ContentPublished = nameof(ContentPublished);
    public const string ContentSubmitted = nameof(ContentSubmitted);
    public const string UserTask = nameof(UserTask);
    public const string Timer = nameof(Timer);
}

/// <summary>
/// Something happened to a content item, of the types in the setting <c>contentTypes</c> (any type
/// when it is empty) and, with the setting <c>condition</c>, for which that Liquid condition holds.
/// Starts a workflow, or is waited for by one about the item.
/// </summary>
public abstract class ContentEventActivity : IActivity
{
    public const string Done = "Done";

    public abstract string Name { get; }

    public abstract string DisplayName { get; }

    public abstract string Description { get; }

    public ActivityKind Kind => ActivityKind.Event;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new(Done, "Videre")];

    public virtual async Task<bool> MatchesAsync(ActivityContext context)
    {
        var types = context.Activity.Settings.Texts("contentTypes");
        if (types.Count > 0 && !types.Contains(context.Input.ContentType ?? "", StringComparer.Ordinal))
        {
            return false;
        }

        var condition = context.Activity.Settings.Text("condition");
        return condition.Length == 0 || await context.Expressions.EvaluateAsync(condition, context);
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Block(Name));

    public virtual Task<ActivityResult> ResumeAsync(ActivityContext context) => Task.FromResult(ActivityResult.Done(Done));
}

public sealed class ContentCreatedEvent : ContentEventActivity
{
    public override string Name => WorkflowEvents.ContentCreated;

    public override string DisplayName => "Indhold oprettet";

    public override string Description => "Et indholdselement er oprettet.";
}

public sealed class ContentUpdatedEvent : ContentEventActivity
{
    public override string Name => WorkflowEvents.ContentUpdated;

    public override string DisplayName => "Indhold gemt";

    public override string Description => "Et indholdselement er gemt (som kladde eller udgivet).";
}

public sealed class ContentPublishedEvent : ContentEventActivity
{
    public override string Name => WorkflowEvents.ContentPublished;

    public override string DisplayName => "Indhold udgivet";

    public override string Description => "Et indholdselement er udgivet.";
}

/// <summary>
/// "Send til godkendelse": the editor asked for approval. With <c>markedOnly</c> only items marked
/// "kræver Hovedudvalgets godkendelse" start it. Keeps who asked in the property <c>SubmittedBy</c>.
/// </summary>
public sealed class ContentSubmittedEvent : ContentEventActivity
{
    public override string Name => WorkflowEvents.ContentSubmitted;

    public override string DisplayName => "Sendt til godkendelse";

    public override string Description => "En redaktør har sendt indholdet til godkendelse.";

    public override async Task<bool> MatchesAsync(ActivityContext context)
    {
        if (context.Activity.Settings.Flag("markedOnly"))
        {
            var item = await context.LatestContentAsync();
            if (item is null || !item.As<Models.ApprovalPart>().RequiresHovedudvalgApproval)
            {
                return false;
            }
        }

        return await base.MatchesAsync(context);
    }

    public override async Task<ActivityResult> ResumeAsync(ActivityContext context)
    {
        context.Properties["SubmittedBy"] = context.Input.UserName;
        context.Properties["SubmittedVersionId"] = (await context.LatestContentAsync())?.ContentItemVersionId;
        return ActivityResult.Done(Done);
    }
}
