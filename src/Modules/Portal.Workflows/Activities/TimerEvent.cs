using System.Text.Json.Nodes;
using Portal.Core.Workflows;

namespace Portal.Workflows.Activities;

/// <summary>Waits a number of days and hours (settings <c>days</c>, <c>hours</c>), then goes on. Survives restarts: the time is a row.</summary>
public sealed class TimerEvent(TimeProvider clock) : IActivity
{
    public const string Done = "Done";

    public string Name => WorkflowEvents.Timer;

    public string DisplayName => "Vent";

    public string Description => "Venter et antal dage og timer.";

    public ActivityKind Kind => ActivityKind.Event;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new(Done, "Tiden er gået")];

    public IEnumerable<string> Validate(JsonObject settings)
    {
        var total = (settings.Number("days") ?? 0) * 24 + (settings.Number("hours") ?? 0);
        if (total <= 0 || total > 24 * 366)
        {
            yield return "Ventetiden skal være mellem en time og et år (days og hours).";
        }
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var settings = context.Activity.Settings;
        var due = clock.GetUtcNow().UtcDateTime.AddDays(settings.Number("days") ?? 0).AddHours(settings.Number("hours") ?? 0);
        return Task.FromResult(ActivityResult.Block(Name, due));
    }

    public Task<ActivityResult> ResumeAsync(ActivityContext context) => Task.FromResult(ActivityResult.Done(Done));
}
