using System.Globalization;
using System.Text.Json;
using Portal.Core.Display;
using Portal.Core.Recipes;

namespace Portal.Contents.Scheduling;

/// <summary>
/// <c>{ "name": "schedule", "changes": [ { "item": "alias", "action": "publish", "inDays": 7, "at": "08:00" } ] }</c>:
/// plans a publish or unpublish of an item the recipe made, a number of days after the recipe runs, at
/// a Danish time of day (so demo data has something planned whenever it is set up).
/// </summary>
internal sealed class ScheduleRecipeStep(ContentSchedule schedule, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "schedule";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        foreach (var change in step.GetProperty("changes").EnumerateArray())
        {
            var alias = change.GetProperty("item").GetString() ?? "";
            if (!context.Aliases.TryGetValue(alias, out var id))
            {
                throw new RecipeException($"The schedule step names '{alias}', which the recipe has not made.");
            }

            var action = change.GetProperty("action").GetString() switch
            {
                "publish" => ScheduledAction.Publish,
                "unpublish" => ScheduledAction.Unpublish,
                var other => throw new RecipeException($"The schedule step's action '{other}' is neither 'publish' nor 'unpublish'."),
            };
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), LocalTimeTagHelper.DanishTime).DateTime);
            var time = TimeOnly.ParseExact(change.GetProperty("at").GetString() ?? "", "HH:mm", CultureInfo.InvariantCulture);
            var local = today.AddDays(change.GetProperty("inDays").GetInt32()).ToDateTime(time);
            await schedule.SetAsync(id, action, TimeZoneInfo.ConvertTimeToUtc(local, LocalTimeTagHelper.DanishTime), "recipe");
        }
    }
}
