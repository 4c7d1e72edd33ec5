using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Workflows;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Web.Tests.Workflows;

/// <summary>A task the tests can make fail, as a module's activity would when what it needs is missing.</summary>
public sealed class FaultSwitch
{
    public bool Failing { get; set; } = true;
}

internal sealed class SwitchedActivity(FaultSwitch faults) : IActivity
{
    public string Name => "TestSwitched";

    public string DisplayName => "Testtrin";

    public string Description => "Fejler, mens testen vil det.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) => [new("Done", "Videre")];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(faults.Failing ? ActivityResult.Fault("Testtrinnet mangler sin nøgle.") : ActivityResult.Done("Done"));
}

/// <summary>The portal with one more activity, contributed the way a module would.</summary>
public class EngineFactory : PortalFactory
{
    public EngineFactory()
    {
    }

    protected EngineFactory(string provider)
        : base(provider)
    {
    }

    public FaultSwitch Faults { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Faults);
            services.AddActivity<SwitchedActivity>();
        });
    }
}

public sealed class PostgresEngineFactory() : EngineFactory("Postgres");

/// <summary>
/// The engine: a type with fork, join and if/else reaches the end it should, waiting across runs
/// at a join; a fault undoes the whole run (the item is not half published) and can be retried.
/// </summary>
public abstract class EngineTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : EngineFactory
{
    [Theory]
    [InlineData("Referat, ja tak", "1-ja")]
    [InlineData("Referat, nej tak", "1-nej")]
    public async Task Fork_if_else_and_join_reach_the_end_with_both_branches_done(string title, string expected)
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, title, publish: false);
        var typeId = await SaveTypeAsync($"Forgrening {Guid.NewGuid():n}", Branching(userTask: false));

        var result = await StartAsync(typeId, id);

        Assert.Equal(RunOutcome.Ran, result.Outcome);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var (properties, history) = await WorkflowAsync(result.WorkflowId);
        Assert.Equal(expected, properties["done"]?.GetValue<string>());
        Assert.Null(properties["_join:saml"]);
        Assert.Single(history, h => h.Outcome == "Alle er nået frem");
        Assert.Contains(history, h => h.Step == "Hvis" && h.Outcome == (expected.EndsWith("ja", StringComparison.Ordinal) ? "Ja" : "Nej"));
    }

    [Fact]
    public async Task A_join_waits_for_a_branch_blocked_on_a_task_and_goes_on_when_it_is_acted_on()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Referat, ja tak " + Guid.NewGuid().ToString("n")[..6], publish: false);
        var typeId = await SaveTypeAsync($"Forgrening med opgave {Guid.NewGuid():n}", Branching(userTask: true));

        var result = await StartAsync(typeId, id);
        Assert.Equal(WorkflowStatus.Blocked, result.Status);
        var (properties, _) = await WorkflowAsync(result.WorkflowId);
        Assert.Equal("[\"fletning\"]", properties["_join:saml"]?.ToJsonString());
        Assert.Null(properties["done"]);

        // The task is for the role Redaktør: redaktoer has it.
        var taskId = await WorkflowSteps.TaskIdAsync(editor, id);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkflowSteps.ActAsync(editor, taskId, "Approve", null)).StatusCode);
        (properties, var history) = await WorkflowAsync(result.WorkflowId);
        Assert.Equal("1-ja", properties["done"]?.GetValue<string>());
        Assert.Single(history, h => h.Outcome == "Alle er nået frem");
        Assert.Equal(WorkflowStatus.Finished, await StatusAsync(result.WorkflowId));
    }

    [Fact]
    public async Task A_fault_after_publishing_leaves_the_item_unpublished_and_an_administrator_can_retry_it()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var admin = await factory.LoginAsync("admin");
        var employee = await factory.LoginAsync("medarbejder");
        var id = await ContentSteps.CreatePageAsync(editor, "Side der udgives af en arbejdsgang " + Guid.NewGuid().ToString("n")[..6], publish: false);
        var typeId = await SaveTypeAsync($"Udgiv og fejl {Guid.NewGuid():n}", new WorkflowDefinition
        {
            Activities =
            [
                Activity("start", "ContentSubmitted", isStart: true),
                Activity("udgiv", "Publish"),
                Activity("test", "TestSwitched"),
                Activity("slut", "Finish"),
            ],
            Transitions = [new("start", "Done", "udgiv"), new("udgiv", "Done", "test"), new("test", "Done", "slut")],
        });

        factory.Faults.Failing = true;
        var result = await StartAsync(typeId, id);

        Assert.Equal(RunOutcome.Faulted, result.Outcome);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/content/{id}")).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var workflow = await db.Set<Workflow>().SingleAsync(w => w.WorkflowId == result.WorkflowId);
            Assert.Equal(WorkflowStatus.Faulted, workflow.Status);
            Assert.Equal("test", workflow.FaultActivityId);
            Assert.Equal("Testtrinnet mangler sin nøgle.", workflow.FaultMessage);
            Assert.False(await db.ContentItems.AnyAsync(c => c.ContentItemId == id && c.Published));
        }

        var page = await admin.GetPageAsync($"/admin/workflows/instances/{result.WorkflowId}");
        Assert.Contains("Forløbet er fejlet", page, StringComparison.Ordinal);
        Assert.Contains("Testtrinnet mangler sin nøgle.", page, StringComparison.Ordinal);

        // Retrying while the cause is still there faults again and changes nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await Retry(admin, result.WorkflowId)).StatusCode);
        Assert.Equal(WorkflowStatus.Faulted, await StatusAsync(result.WorkflowId));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/content/{id}")).StatusCode);

        factory.Faults.Failing = false;
        Assert.Equal(HttpStatusCode.Redirect, (await Retry(admin, result.WorkflowId)).StatusCode);
        Assert.Equal(WorkflowStatus.Finished, await StatusAsync(result.WorkflowId));
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync($"/content/{id}")).StatusCode);

        // A finished workflow is not retried.
        Assert.Equal(HttpStatusCode.Redirect, (await Retry(admin, result.WorkflowId)).StatusCode);
        Assert.Contains("ikke fejlet", System.Net.WebUtility.HtmlDecode(await admin.GetPageAsync($"/admin/workflows/instances/{result.WorkflowId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_definitions_are_refused_with_what_is_wrong_and_nothing_is_saved()
    {
        var admin = await factory.LoginAsync("admin");
        var form = await admin.GetPageAsync("/admin/workflows/new");

        var broken = await PostTypeAsync(admin, form, "/admin/workflows/new", "{ \"name\": \"Halv\", ");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("JSON kan ikke læses", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var invalid = await PostTypeAsync(admin, form, "/admin/workflows/new", """
            { "name": "Uden start", "activities": [ { "id": "a", "name": "Publish" }, { "id": "b", "name": "Ukendt" }, { "id": "c", "name": "IfElse", "settings": { "condition": "Content.DisplayText ==" } } ],
              "transitions": [ { "from": "a", "outcome": "Nej", "to": "x" } ] }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var text = System.Net.WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("mindst én hændelse, der starter den", text, StringComparison.Ordinal);
        Assert.Contains("Aktiviteten 'b' er af en ukendt slags: 'Ukendt'.", text, StringComparison.Ordinal);
        Assert.Contains("Liquid kan ikke læses", text, StringComparison.Ordinal);
        Assert.Contains("en af dem findes ikke", text, StringComparison.Ordinal);
        var list = await admin.GetPageAsync("/admin/workflows");
        Assert.DoesNotContain("Uden start", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Halv", list, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostTypeAsync(PortalClient admin, string form, string action, string json) =>
        admin.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["json"] = json,
        }));

    private static async Task<HttpResponseMessage> Retry(PortalClient admin, string workflowId)
    {
        var page = await admin.GetPageAsync($"/admin/workflows/instances/{workflowId}");
        return await admin.Http.PostAsync($"/admin/workflows/instances/{workflowId}/retry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(page),
        }));
    }

    /// <summary>
    /// Start → fork (a, b). a: x = 1 (or a task for the role Redaktør first) → join. b: if the title says
    /// "ja" then y = ja else y = nej → merge → join. Join → done = x-y → finish.
    /// </summary>
    private static WorkflowDefinition Branching(bool userTask)
    {
        List<ActivityRecord> activities =
        [
            Activity("start", "ContentSubmitted", isStart: true, settings: new JsonObject { ["contentTypes"] = new JsonArray("Page") }),
            Activity("del", "Fork", settings: new JsonObject { ["branches"] = new JsonArray("a", "b") }),
            Activity("x", "SetProperty", settings: new JsonObject { ["name"] = "x", ["value"] = "1" }),
            Activity("hvis", "IfElse", settings: new JsonObject { ["condition"] = "Content.DisplayText contains \"ja\"" }),
            Activity("ja", "SetProperty", settings: new JsonObject { ["name"] = "y", ["value"] = "ja" }),
            Activity("nej", "SetProperty", settings: new JsonObject { ["name"] = "y", ["value"] = "nej" }),
            Activity("fletning", "SetProperty", settings: new JsonObject { ["name"] = "merged", ["value"] = "{{ Properties.y }}" }),
            Activity("saml", "Join"),
            Activity("done", "SetProperty", settings: new JsonObject { ["name"] = "done", ["value"] = "{{ Properties.x }}-{{ Properties.y }}" }),
            Activity("slut", "Finish"),
        ];
        List<Transition> transitions =
        [
            new("start", "Done", "del"),
            new("del", "b", "hvis"),
            new("hvis", "True", "ja"),
            new("hvis", "False", "nej"),
            new("ja", "Done", "fletning"),
            new("nej", "Done", "fletning"),
            new("fletning", "Done", "saml"),
            new("x", "Done", "saml"),
            new("saml", "Done", "done"),
            new("done", "Done", "slut"),
        ];
        if (userTask)
        {
            activities.Add(Activity("opgave", "UserTask", settings: new JsonObject
            {
                ["title"] = "Se {{ Content.DisplayText }} igennem",
                ["assignees"] = new JsonArray(new JsonObject { ["key"] = "role:Editor", ["label"] = "Redaktørerne" }),
                ["actions"] = new JsonArray("Approve"),
            }));
            transitions.Add(new("del", "a", "opgave"));
            transitions.Add(new("opgave", "Approve", "x"));
        }
        else
        {
            transitions.Add(new("del", "a", "x"));
        }

        return new WorkflowDefinition { Activities = activities, Transitions = transitions };
    }

    private static ActivityRecord Activity(string id, string name, bool isStart = false, JsonObject? settings = null) =>
        new() { Id = id, Name = name, IsStart = isStart, Settings = settings ?? [] };

    private async Task<string> SaveTypeAsync(string name, WorkflowDefinition definition)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (saved, problems) = await scope.ServiceProvider.GetRequiredService<WorkflowValidator>().SaveAsync(null, name, enabled: false, definition, "test");
        Assert.Empty(problems);
        return saved!.WorkflowTypeId;
    }

    /// <summary>Starts the (disabled, so nothing else starts it) type about the item as if redaktoer submitted it.</summary>
    private async Task<WorkflowRunResult> StartAsync(string typeId, string contentItemId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var type = (await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().LatestAsync(typeId))!;
        var start = type.Definition.Activities.Single(a => a.IsStart);
        return await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
            .StartAsync(type, start, new WorkflowInput("ContentSubmitted", "redaktoer", ContentType: "Page"), contentItemId);
    }

    private async Task<(JsonObject Properties, List<WorkflowHistoryEntry> History)> WorkflowAsync(string workflowId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var workflow = await db.Set<Workflow>().AsNoTracking().SingleAsync(w => w.WorkflowId == workflowId);
        var history = await db.Set<WorkflowHistoryEntry>().AsNoTracking().Where(h => h.WorkflowId == workflowId).OrderBy(h => h.Id).ToListAsync();
        return ((JsonObject)JsonNode.Parse(workflow.Properties)!, history);
    }

    private async Task<WorkflowStatus> StatusAsync(string workflowId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Workflow>().Where(w => w.WorkflowId == workflowId).Select(w => w.Status).SingleAsync();
    }
}

public sealed class SqliteEngineTests(EngineFactory factory) : EngineTests<EngineFactory>(factory);

public sealed class PostgresEngineTests(PostgresEngineFactory factory) : EngineTests<PostgresEngineFactory>(factory);
