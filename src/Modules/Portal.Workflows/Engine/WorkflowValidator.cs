using Portal.Workflows.Models;

namespace Portal.Workflows.Engine;

/// <summary>What must hold of a workflow type before it is saved or imported; the problems in Danish.</summary>
public sealed class WorkflowValidator(ActivityLibrary library, Core.Workflows.IWorkflowExpressions expressions, WorkflowTypeStore store)
{
    /// <summary>
    /// Saves the type as its next version (or the first, with a new id or the one given). Nothing is
    /// saved when the definition is not valid; the problems are returned in Danish.
    /// </summary>
    public async Task<(WorkflowType? Saved, IReadOnlyList<string> Problems)> SaveAsync(string? workflowTypeId, string name, bool enabled, WorkflowDefinition definition, string? userName)
    {
        var problems = Validate(name, definition);
        return problems.Count > 0 ? (null, problems) : (await store.SaveValidAsync(workflowTypeId, name, enabled, definition, userName), []);
    }

    public IReadOnlyList<string> Validate(string name, WorkflowDefinition definition)
    {
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("Arbejdsgangen skal have et navn.");
        }
        else if (name.Trim().Length > 200)
        {
            problems.Add("Navnet må højst være 200 tegn.");
        }

        if (definition.Activities.Count == 0)
        {
            problems.Add("Arbejdsgangen har ingen aktiviteter.");
        }

        foreach (var duplicate in definition.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"To aktiviteter har id'et '{duplicate.Key}'.");
        }

        foreach (var record in definition.Activities)
        {
            if (string.IsNullOrWhiteSpace(record.Id) || record.Id.Length > 50)
            {
                problems.Add("Hver aktivitet skal have et id på 1–50 tegn.");
                continue;
            }

            if (record.Title is { Length: > 200 })
            {
                problems.Add($"Aktiviteten '{record.Id}' har en titel på over 200 tegn.");
            }

            if (library.Find(record.Name) is not { } activity)
            {
                problems.Add($"Aktiviteten '{record.Id}' er af en ukendt slags: '{record.Name}'.");
                continue;
            }

            if (record.IsStart && activity.Kind != Core.Workflows.ActivityKind.Event)
            {
                problems.Add($"'{Title(record)}' kan ikke starte arbejdsgangen: kun hændelser kan.");
            }

            problems.AddRange(activity.Validate(record.Settings).Select(p => $"{Title(record)}: {p}"));
            foreach (var (setting, value) in record.Settings)
            {
                if (value is System.Text.Json.Nodes.JsonValue text && text.TryGetValue<string>(out var template)
                    && expressions.Check(template, isCondition: setting == "condition") is { } error)
                {
                    problems.Add($"{Title(record)} ({setting}): {error}");
                }
            }
        }

        if (!definition.Activities.Any(a => a.IsStart))
        {
            problems.Add("Arbejdsgangen skal have mindst én hændelse, der starter den.");
        }

        foreach (var transition in definition.Transitions)
        {
            var from = definition.Activity(transition.From);
            if (from is null || definition.Activity(transition.To) is null)
            {
                problems.Add($"En overgang går fra '{transition.From}' til '{transition.To}', men en af dem findes ikke.");
                continue;
            }

            if (library.Find(from.Name) is { } activity && activity.Outcomes(from.Settings).All(o => o.Name != transition.Outcome))
            {
                problems.Add($"'{Title(from)}' har ikke udfaldet '{transition.Outcome}'.");
            }
        }

        return problems;
    }

    private static string Title(Core.Workflows.ActivityRecord record) => record.Title ?? record.Id;
}
