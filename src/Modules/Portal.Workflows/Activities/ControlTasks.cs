using System.Text.Json.Nodes;
using Portal.Core.Content.Visibility;
using Portal.Core.Notify;
using Portal.Core.Workflows;
using Portal.Workflows.Services;

namespace Portal.Workflows.Activities;

/// <summary>Goes one of two ways on a Liquid condition (setting <c>condition</c>, e.g. <c>Input.Action == "Approve"</c>).</summary>
public sealed class IfElseTask : IActivity
{
    public string Name => "IfElse";

    public string DisplayName => "Hvis";

    public string Description => "Vælger vej efter en betingelse i Liquid.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("True", "Ja"), new("False", "Nej")];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        if (settings.Text("condition").Length == 0)
        {
            yield return "Skriv betingelsen (condition).";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ActivityResult.Done(await context.Expressions.EvaluateAsync(context.Activity.Settings.Text("condition"), context) ? "True" : "False");
}

/// <summary>Goes every way at once: one outcome per branch in the setting <c>branches</c>.</summary>
public sealed class ForkTask : IActivity
{
    public string Name => "Fork";

    public string DisplayName => "Del op";

    public string Description => "Fortsætter ad flere veje på én gang.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [.. settings.Texts("branches").Select(b => new ActivityOutcome(b, b))];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        if (settings.Texts("branches").Count < 2)
        {
            yield return "Angiv mindst to veje (branches).";
        }
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Done([.. context.Activity.Settings.Texts("branches")]));
}

/// <summary>Waits until every way leading into it has arrived, then goes on once.</summary>
public sealed class JoinTask : IActivity
{
    public string Name => "Join";

    public string DisplayName => "Saml";

    public string Description => "Venter, til alle veje ind til den er nået frem.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Alle er nået frem")];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var key = $"_join:{context.Activity.Id}";
        var arrived = (context.Properties[key] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "").ToHashSet(StringComparer.Ordinal);
        arrived.Add(context.ArrivedFrom ?? "");
        if (arrived.Count < context.IncomingTransitions)
        {
            context.Properties[key] = new JsonArray([.. arrived.Order(StringComparer.Ordinal).Select(a => (JsonNode)a)]);
            return Task.FromResult(ActivityResult.Halt());
        }

        context.Properties.Remove(key);
        return Task.FromResult(ActivityResult.Done("Done"));
    }
}

/// <summary>Ends the workflow: whatever else it waits for (other tasks) is cancelled.</summary>
public sealed class FinishTask : IActivity
{
    public string Name => "Finish";

    public string DisplayName => "Afslut";

    public string Description => "Afslutter arbejdsgangen og annullerer dens åbne opgaver.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Finish());
}

/// <summary>Keeps a value (Liquid) in a workflow property: settings <c>name</c> and <c>value</c>.</summary>
public sealed class SetPropertyTask : IActivity
{
    public string Name => "SetProperty";

    public string DisplayName => "Husk værdi";

    public string Description => "Gemmer en værdi i arbejdsgangens egenskaber.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Videre")];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        if (settings.Text("name").Length == 0)
        {
            yield return "Angiv egenskabens navn (name).";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Properties[context.Activity.Settings.Text("name")] = await context.Expressions.RenderAsync(context.Activity.Settings.Text("value"), context);
        return ActivityResult.Done("Done");
    }
}

/// <summary>
/// Tells people: settings <c>recipients</c> (Liquid, user names, e.g. <c>{{ Properties.SubmittedBy }}</c>),
/// <c>subject</c> and <c>body</c> (Liquid).
/// </summary>
public sealed class NotifyTask(INotificationQueue notifications) : IActivity
{
    public string Name => "Notify";

    public string DisplayName => "Giv besked";

    public string Description => "Giver besked til de nævnte brugere.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Sendt")];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        if (settings.Texts("recipients").Count == 0 || settings.Text("subject").Length == 0)
        {
            yield return "Angiv modtagere (recipients) og emne (subject).";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var settings = context.Activity.Settings;
        HashSet<string> recipients = new(StringComparer.OrdinalIgnoreCase);
        foreach (var template in settings.Texts("recipients"))
        {
            var rendered = await context.Expressions.RenderAsync(template, context);
            recipients.UnionWith(rendered.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        if (recipients.Count > 0)
        {
            var subject = await context.Expressions.RenderAsync(settings.Text("subject"), context);
            var body = await context.Expressions.RenderAsync(settings.Text("body"), context);
            notifications.Queue(WorkflowMessages.Message(recipients.Select(PrincipalKeys.UserName).ToList(), subject, body, context.CorrelationId, url: null));
        }

        return ActivityResult.Done("Done");
    }
}
