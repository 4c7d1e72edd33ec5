using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Workflows;
using Portal.Workflows.Engine;

namespace Portal.Workflows.Activities;

/// <summary>Publishes the item's latest version. A refusal (a rule of the type) faults the workflow and publishes nothing.</summary>
public sealed class PublishTask(IContentManager contentManager) : IActivity
{
    public string Name => "Publish";

    public string DisplayName => "Udgiv";

    public string Description => "Udgiver indholdets seneste version.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Udgivet")];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var latest = await context.LatestContentAsync();
        if (latest is null)
        {
            return ActivityResult.Fault("Indholdet findes ikke længere.");
        }

        if (!latest.Published)
        {
            var result = await contentManager.PublishAsync(latest.ContentItemId, latest.ConcurrencyStamp);
            if (!result.Succeeded)
            {
                return ActivityResult.Fault($"'{latest.DisplayText}' kunne ikke udgives: {result.Message}");
            }
        }

        return ActivityResult.Done("Done");
    }
}

/// <summary>Takes the item's published version down.</summary>
public sealed class UnpublishTask(IContentManager contentManager) : IActivity
{
    public string Name => "Unpublish";

    public string DisplayName => "Afpublicér";

    public string Description => "Tager den udgivne version ned.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Afpubliceret")];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var latest = await context.LatestContentAsync();
        if (latest is null)
        {
            return ActivityResult.Fault("Indholdet findes ikke længere.");
        }

        var result = await contentManager.UnpublishAsync(latest.ContentItemId, latest.ConcurrencyStamp);
        return result.Succeeded ? ActivityResult.Done("Done") : ActivityResult.Fault($"'{latest.DisplayText}' kunne ikke afpubliceres: {result.Message}");
    }
}

/// <summary>
/// Sets values of a part (a status): settings <c>part</c> and either <c>property</c> (as stored, e.g.
/// <c>status</c>) with <c>value</c> (Liquid), or <c>values</c> (property → Liquid). The change is saved
/// as a new version; with <c>publish</c> it is published too. A type without drafts publishes every save.
/// </summary>
public sealed class SetFieldTask(IContentManager contentManager) : IActivity
{
    public string Name => "SetField";

    public string DisplayName => "Sæt status";

    public string Description => "Sætter en værdi (fx en status) på indholdet og gemmer det.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Sat")];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        if (settings.Text("part").Length == 0 || (settings.Text("property").Length == 0 && settings["values"] is not JsonObject { Count: > 0 }))
        {
            yield return "Angiv del (part) og egenskab (property) eller værdier (values).";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var settings = context.Activity.Settings;
        var latest = await context.LatestContentAsync();
        if (latest is null)
        {
            return ActivityResult.Fault("Indholdet findes ikke længere.");
        }

        var version = await contentManager.BeginEditAsync(latest.ContentItemId, latest.ConcurrencyStamp);
        if (version is null)
        {
            return ActivityResult.Fault("Indholdet findes ikke længere.");
        }

        var partName = settings.Text("part");
        var part = version.Content[partName] as JsonObject;
        if (part is null)
        {
            return ActivityResult.Fault($"'{latest.DisplayText}' har ikke delen '{partName}'.");
        }

        if (settings.Text("property") is { Length: > 0 } property)
        {
            part[property] = await context.Expressions.RenderAsync(settings.Text("value"), context);
        }

        foreach (var (name, template) in settings["values"] as JsonObject ?? [])
        {
            part[name] = await context.Expressions.RenderAsync(template is JsonValue text && text.TryGetValue<string>(out var source) ? source : "", context);
        }

        var result = await contentManager.SaveAsync(version, publish: settings.Flag("publish"));
        return result.Succeeded ? ActivityResult.Done("Done") : ActivityResult.Fault($"'{latest.DisplayText}' kunne ikke gemmes: {result.Message}");
    }
}
