using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Workflows;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Web.Tests.Workflows;

/// <summary>
/// The outline of a workflow type, which the admin page reads out as text and draws as a diagram:
/// outcomes by their Danish names with the id they lead to, and each activity's place in the diagram.
/// </summary>
public sealed class WorkflowOutlineTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Activities_stand_where_the_type_puts_them_and_arrows_name_the_outcome()
    {
        var outline = await OutlineAsync(Definition((0, 40, 40), (1, 320, 130), (2, 620, 20), (3, 880, 140)));

        Assert.Equal([(40, 40), (320, 130), (620, 20), (880, 140)], outline.Select(s => (s.X, s.Y)));
        var task = outline[1];
        Assert.Equal(("Opgave", false), (task.Kind, task.IsStart));
        Assert.Equal([("Godkend", "udgiv"), ("Afvis", "slut")], task.Leads.Select(l => (l.Outcome, l.ToId)));
        Assert.True(outline[0].IsStart);
    }

    [Fact]
    public async Task A_type_without_places_is_laid_out_in_columns_from_its_start()
    {
        // As typed by hand: every activity at 0, 0, and the last one listed first.
        var definition = Definition((0, 0, 0), (1, 0, 0), (2, 0, 0), (3, 0, 0));
        definition.Activities.Reverse();

        var places = (await OutlineAsync(definition)).ToDictionary(s => s.Id, s => (s.X, s.Y));

        Assert.Equal((20, 20), places["sendt"]);
        Assert.Equal((300, 20), places["formandskabet"]);
        // Both outcomes of the task lead one column further, one under the other.
        Assert.Equal(580, places["udgiv"].X);
        Assert.Equal(580, places["slut"].X);
        Assert.NotEqual(places["udgiv"].Y, places["slut"].Y);
    }

    private async Task<IReadOnlyList<Portal.Workflows.ViewModels.OutlineStep>> OutlineAsync(WorkflowDefinition definition)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<WorkflowAdministration>().Outline(definition);
    }

    private static WorkflowDefinition Definition(params (int Index, int X, int Y)[] places)
    {
        ActivityRecord[] activities =
        [
            new() { Id = "sendt", Name = "ContentSubmitted", IsStart = true, Title = "Sendt til godkendelse" },
            new() { Id = "formandskabet", Name = "UserTask", Title = "Formandskabets godkendelse", Settings = new JsonObject { ["actions"] = new JsonArray("Approve", "Reject") } },
            new() { Id = "udgiv", Name = "Publish", Title = "Udgiv" },
            new() { Id = "slut", Name = "Finish", Title = "Slut" },
        ];
        foreach (var (index, x, y) in places)
        {
            activities[index].X = x;
            activities[index].Y = y;
        }

        return new WorkflowDefinition
        {
            Activities = [.. activities],
            Transitions =
            [
                new("sendt", "Done", "formandskabet"),
                new("formandskabet", "Approve", "udgiv"),
                new("formandskabet", "Reject", "slut"),
                new("udgiv", "Done", "slut"),
            ],
        };
    }
}
