using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Core.Recipes;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Workflows.Recipes;

/// <summary>
/// <c>{ "name": "workflow-types", "types": [ { "id", "name", "enabled", "description", "activities", "transitions" } ] }</c>:
/// saves each type as its next version (the same JSON the admin exports). <c>@ref:alias</c> inside a
/// setting becomes the id of the item the recipe made with that alias.
/// </summary>
internal sealed partial class WorkflowTypesRecipeStep(WorkflowValidator types) : IRecipeStepHandler
{
    public string StepName => "workflow-types";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        foreach (var entry in step.GetProperty("types").EnumerateArray())
        {
            var json = Reference().Replace(entry.GetRawText(), match => context.Aliases.TryGetValue(match.Groups[1].Value, out var id)
                ? id
                : throw new RecipeException($"The workflow type refers to '{match.Groups[1].Value}', but no item has that alias."));
            var exported = JsonSerializer.Deserialize<ExportedWorkflowType>(json, WorkflowDefinition.Json)
                ?? throw new RecipeException("A workflow type in the recipe is empty.");
            var (_, problems) = await types.SaveAsync(exported.Id, exported.Name ?? "", exported.Enabled, exported.ToDefinition(), "recipe");
            if (problems.Count > 0)
            {
                throw new RecipeException($"The workflow type '{exported.Name}' is not valid: {string.Join(" ", problems)}");
            }
        }
    }

    [GeneratedRegex("@ref:([A-Za-z0-9_-]+)")]
    private static partial Regex Reference();
}

/// <summary>A workflow type as exported and imported: its id, name, whether it is on, and its definition.</summary>
public sealed class ExportedWorkflowType
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool Enabled { get; set; } = true;

    public string Description { get; set; } = "";

    public List<Core.Workflows.ActivityRecord> Activities { get; set; } = [];

    public List<Transition> Transitions { get; set; } = [];

    public WorkflowDefinition ToDefinition() => new WorkflowDefinition { Description = Description, Activities = Activities, Transitions = Transitions }.Normalized();

    public static ExportedWorkflowType Of(WorkflowType type, WorkflowDefinition definition) => new()
    {
        Id = type.WorkflowTypeId,
        Name = type.Name,
        Enabled = type.Enabled,
        Description = definition.Description,
        Activities = definition.Activities,
        Transitions = definition.Transitions,
    };
}
