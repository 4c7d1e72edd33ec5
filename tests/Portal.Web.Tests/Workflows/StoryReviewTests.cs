using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Workflows;
using Portal.Med;
using Portal.Web.Tests.Communication;
using Portal.Workflows.Engine;
using static Portal.Web.Tests.Workflows.WorkflowSteps;

namespace Portal.Web.Tests.Workflows;

/// <summary>
/// Gennemgang af historier: a story sent for review waits for the communication editors and is
/// published when one approves. And a task about a closed item is never shown to someone who may
/// not read the item, whatever the task's assignment says.
/// </summary>
public abstract class StoryReviewTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task A_story_sent_for_review_is_published_when_a_communication_editor_approves_it()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var image = await CommunicationSteps.UploadImageAsync(editor, "gennemgang.jpg");
        var title = "Nattevagten, der blev " + Guid.NewGuid().ToString("n")[..6];
        var areaName = "Natteområdet " + Guid.NewGuid().ToString("n")[..6];
        var area = await CommunicationSteps.CreateAreaAsync(editor, areaName);
        var areaPage = await employee.GetPageAsync($"/stories/areas/{area}");
        Assert.Equal(HttpStatusCode.Redirect, (await employee.Http.PostAsync($"/follow/{area}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PortalClient.TokenOf(areaPage) }))).StatusCode);
        var created = await editor.PostFormAsync("/admin/contents/create/Story", "/admin/contents/create/Story",
            new(CommunicationSteps.StoryFields(title, image, area: area)) { ["submit"] = "approval" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = CommunicationSteps.IdOf(created);

        var task = await TaskAboutAsync(editor, id);
        Assert.NotNull(task);
        Assert.Equal("Gennemgang af historier", task.Value.GetProperty("workflowType").GetString());
        Assert.Equal("Kommunikationsredaktørerne", task.Value.GetProperty("assignedAs").GetString());
        Assert.Null(await TaskAboutAsync(employee, id));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/stories/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, task.Value.GetProperty("id").GetInt64(), "Approve", null)).StatusCode);
        Assert.Contains(title, await employee.GetPageAsync($"/stories/{id}"), StringComparison.Ordinal);
        Assert.Contains($"Din historie er udgivet: {title}", await NoticesAsync(factory.Services, editor), StringComparison.Ordinal);

        // The area's follower hears of the story once it is out, not while it was a draft under review.
        var followerNotices = await NoticesAsync(factory.Services, employee);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(followerNotices, System.Text.RegularExpressions.Regex.Escape($"Ny historie fra {areaName}: {title}")));
        Assert.Contains("En kort indledning.", followerNotices, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_about_a_closed_item_is_shown_only_to_those_who_may_read_the_item()
    {
        string closedItemId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            closedItemId = await db.Set<Portal.Med.Indexes.AgendaItemIndex>().Where(i => i.Published && i.IsClosed).Select(i => i.ContentItemId).FirstAsync();

            // Assigned to every employee; the closed item is for Hovedudvalget's members.
            var definition = new Portal.Workflows.Models.WorkflowDefinition
            {
                Activities =
                [
                    new() { Id = "start", Name = "ContentSubmitted", IsStart = true },
                    new()
                    {
                        Id = "opgave",
                        Name = "UserTask",
                        Settings = new System.Text.Json.Nodes.JsonObject
                        {
                            ["title"] = "Se {{ Content.DisplayText }} igennem",
                            ["assignees"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["key"] = "role:Employee", ["label"] = "Alle medarbejdere" }),
                            ["actions"] = new System.Text.Json.Nodes.JsonArray("Approve"),
                        },
                    },
                ],
                Transitions = [new("start", "Done", "opgave")],
            };
            var (saved, problems) = await scope.ServiceProvider.GetRequiredService<WorkflowValidator>().SaveAsync(null, "Gennemsyn " + Guid.NewGuid().ToString("n"), false, definition, "test");
            Assert.Empty(problems);
            var type = (await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().LatestAsync(saved!.WorkflowTypeId))!;
            var run = await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
                .StartAsync(type, type.Definition.Activities[0], new WorkflowInput("ContentSubmitted", "admin", ContentType: MedTypes.AgendaItem), closedItemId);
            Assert.Equal(RunOutcome.Ran, run.Outcome);
        }

        var employee = await factory.LoginAsync("medarbejder");
        var member = await factory.LoginAsync("hu.formand");
        Assert.Null(await TaskAboutAsync(employee, closedItemId));
        var inbox = await employee.GetPageAsync("/tasks");
        Assert.DoesNotContain("Personalesag", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("Personalesag", await employee.GetPageAsync("/api/tasks"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lukket punkt", await employee.GetPageAsync("/api/tasks"), StringComparison.Ordinal);

        var memberTask = await TaskAboutAsync(member, closedItemId);
        Assert.NotNull(memberTask);
        Assert.Equal("Se Personalesag (demo) igennem", memberTask.Value.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/tasks/{memberTask.Value.GetProperty("id").GetInt64()}")).StatusCode);
    }
}

public sealed class SqliteStoryReviewTests(PortalFactory factory) : StoryReviewTests<PortalFactory>(factory);

public sealed class PostgresStoryReviewTests(PostgresPortalFactory factory) : StoryReviewTests<PostgresPortalFactory>(factory);
