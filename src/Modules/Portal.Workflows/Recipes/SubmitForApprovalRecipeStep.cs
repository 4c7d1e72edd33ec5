using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Workflows;
using Portal.Workflows.Activities;
using Portal.Workflows.Engine;

namespace Portal.Workflows.Recipes;

/// <summary>
/// <c>{ "name": "submit-for-approval", "items": [ { "item": "alias", "by": "userName", "draft": { "TitlePart": { "title": "…" } } } ] }</c>:
/// sends an item the recipe made for approval, as its author would with "Send til godkendelse";
/// with <c>draft</c>, a draft with those values changed is saved first and sent.
/// </summary>
internal sealed class SubmitForApprovalRecipeStep(WorkflowManager manager, IContentManager contents) : IRecipeStepHandler
{
    public string StepName => "submit-for-approval";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        foreach (var entry in step.GetProperty("items").EnumerateArray())
        {
            var alias = entry.GetProperty("item").GetString() ?? "";
            if (!context.Aliases.TryGetValue(alias, out var id))
            {
                throw new RecipeException($"The submit-for-approval step names '{alias}', which the recipe has not made.");
            }

            var latest = await contents.GetAsync(id, VersionOptions.Latest)
                ?? throw new RecipeException($"The submit-for-approval step names '{alias}', which does not exist.");
            if (entry.TryGetProperty("draft", out var draft))
            {
                await SaveDraftAsync(latest, draft);
            }

            var by = entry.TryGetProperty("by", out var user) ? user.GetString() : null;
            var results = await manager.TriggerAsync(new WorkflowInput(WorkflowEvents.ContentSubmitted, by, ContentType: latest.ContentType), id);
            if (!results.Any(r => r.Outcome == RunOutcome.Ran))
            {
                throw new RecipeException($"'{alias}' was sent for approval, but no enabled workflow type starts on it.");
            }
        }
    }

    private async Task SaveDraftAsync(ContentItem latest, JsonElement draft)
    {
        var version = await contents.BeginEditAsync(latest.ContentItemId, latest.ConcurrencyStamp)
            ?? throw new RecipeException($"'{latest.DisplayText}' cannot be edited.");
        foreach (var part in draft.EnumerateObject())
        {
            var target = version.Content[part.Name] as JsonObject ?? [];
            foreach (var value in part.Value.EnumerateObject())
            {
                target[value.Name] = JsonNode.Parse(value.Value.GetRawText());
            }

            version.Content[part.Name] = target;
        }

        var saved = await contents.SaveAsync(version, publish: false);
        if (!saved.Succeeded)
        {
            throw new RecipeException($"The draft of '{latest.DisplayText}' was refused: {saved.Message}");
        }
    }
}
