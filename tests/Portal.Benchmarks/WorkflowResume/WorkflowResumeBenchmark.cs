using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Workflows;
using Portal.Workflows.Activities;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Benchmarks.WorkflowResume;

/// <summary>
/// Resuming ONE waiting workflow by its event, as the event pump does after a save: a fresh scope
/// and <see cref="WorkflowManager.TriggerAsync"/>, with 1 workflow waiting (the baseline) and with
/// 1,000 waiting, each about its own page. The type waits for the page to be published, then keeps
/// a value and finishes; between iterations (untimed) the page is submitted again, which starts a
/// new workflow of the type that waits again.
/// </summary>
/// <remarks>
/// In process (<see cref="Runner"/>): the portal is a test host with its database, so it is built
/// once per case in the global setup. One invocation per iteration, because each needs a waiting
/// workflow to resume; an operation takes milliseconds, far above the timer's resolution.
/// </remarks>
public class WorkflowResumeBenchmark
{
    public const string Postgres = "PostgreSQL";
    public const string Sqlite = "SQLite";

    /// <summary>SQLite with <c>PRAGMA synchronous=NORMAL</c> on every connection: what the commit's wait for the disk costs.</summary>
    public const string SqliteNormal = "SQLite sync=NORMAL";

    private BenchPortal? _portal;
    private string _target = "";

    /// <summary>
    /// The database: SQLite as the portal runs it, SQLite without waiting for the disk at each commit
    /// (for comparison only), and PostgreSQL too when <c>PORTAL_TEST_POSTGRES</c> names a server.
    /// </summary>
    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = Sqlite;

    public static IEnumerable<string> Databases() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")) ? [Sqlite, SqliteNormal] : [Sqlite, SqliteNormal, Postgres];

    [GlobalSetup(Target = nameof(OneWaiting))]
    public void SetUpOne() => SetUp(1);

    [GlobalSetup(Target = nameof(ThousandWaiting))]
    public void SetUpThousand() => SetUp(1000);

    /// <summary>Before each iteration (BenchmarkDotNet also calls it around its overhead runs): the workflow waits again.</summary>
    [IterationSetup]
    public void Rearm() => Portal.RearmAsync(_target).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "1 waiting")]
    public Task OneWaiting() => Portal.ResumeAsync(_target);

    [Benchmark(Description = "1,000 waiting")]
    public Task ThousandWaiting() => Portal.ResumeAsync(_target);

    [GlobalCleanup]
    public void CleanUp()
    {
        _portal?.Dispose();
        _portal = null;
    }

    private BenchPortal Portal => _portal ?? throw new InvalidOperationException("Not set up.");

    private void SetUp(int waiting)
    {
        _portal = new BenchPortal(Database == Postgres, synchronousNormal: Database == SqliteNormal);
        _target = _portal.SeedAsync(waiting).GetAwaiter().GetResult();

        // A server that has been up a while: the code of the path is compiled at its final tier and
        // the database's caches are warm before BenchmarkDotNet's own warm-up, whichever case runs first.
        for (var i = 0; i < 100; i++)
        {
            _portal.ResumeAsync(_target).GetAwaiter().GetResult();
            _portal.RearmAsync(_target).GetAwaiter().GetResult();
        }
        if (waiting > 1)
        {
            QueryPlans.Record(Database, _portal.BlockLookupPlanAsync(_target).GetAwaiter().GetResult());
        }
    }
}

/// <summary>The query plans of the block lookup, printed after the summary.</summary>
public static class QueryPlans
{
    private static readonly List<(string Database, string Plan)> Plans = [];

    public static IReadOnlyList<(string Database, string Plan)> All => Plans;

    public static void Record(string database, string plan)
    {
        if (!Plans.Any(p => p.Database == database))
        {
            Plans.Add((database, plan));
        }
    }
}

/// <summary>The portal (demo recipe) on a throw-away database, with the benchmark's workflow type and pages.</summary>
public sealed class BenchPortal(bool postgres, bool synchronousNormal) : IDisposable
{
    private const string User = "bench";
    private readonly BenchPortalFactory _factory = new(postgres, synchronousNormal);

    private IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Makes <paramref name="waiting"/> pages, saves the type and starts one workflow about each page;
    /// returns the page in the middle, whose workflow is the one resumed.
    /// </summary>
    public async Task<string> SeedAsync(int waiting)
    {
        // The pages first: with no type starting or waiting on their events yet, creating them
        // hands no events to the workflows.
        List<string> pages = [];
        for (var i = 0; i < waiting; i++)
        {
            await using var scope = Services.CreateAsyncScope();
            var contentManager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var page = (await contentManager.NewAsync("Page")).SetTitle($"Side der venter på udgivelse {i + 1}");
            var created = await contentManager.CreateAsync(page, publish: false);
            pages.Add(created.Item?.ContentItemId ?? throw new InvalidOperationException($"The page was not created: {created.Status} {created.Message}"));
        }

        await using (var scope = Services.CreateAsyncScope())
        {
            var (saved, problems) = await scope.ServiceProvider.GetRequiredService<WorkflowValidator>()
                .SaveAsync(null, "Benchmark: venter på udgivelse", enabled: true, Definition(), User);
            if (saved is null)
            {
                throw new InvalidOperationException("The workflow type is invalid: " + string.Join(" ", problems));
            }
        }

        foreach (var page in pages)
        {
            await StartAsync(page);
        }

        return pages[waiting / 2];
    }

    /// <summary>Submits the page: a workflow of the type starts and waits for it to be published.</summary>
    public async Task StartAsync(string contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
            .TriggerAsync(new WorkflowInput(WorkflowEvents.ContentSubmitted, User, ContentType: "Page"), contentItemId);
        if (results is not [{ Outcome: RunOutcome.Ran, Status: WorkflowStatus.Blocked }])
        {
            throw new InvalidOperationException($"Expected one workflow waiting about {contentItemId}, got: {string.Join("; ", results)}");
        }
    }

    /// <summary>Starts the page's workflow again unless one is already waiting for its publication.</summary>
    public async Task RearmAsync(string contentItemId)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<WorkflowManager>().WaitingFor(WorkflowEvents.ContentPublished, contentItemId).AnyAsync())
            {
                return;
            }
        }

        await StartAsync(contentItemId);
    }

    /// <summary>The measured operation: the page was published, and the one workflow waiting for it goes on and finishes.</summary>
    public async Task ResumeAsync(string contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
            .TriggerAsync(new WorkflowInput(WorkflowEvents.ContentPublished, User, ContentType: "Page"), contentItemId);
        if (results is not [{ Outcome: RunOutcome.Ran, Status: WorkflowStatus.Finished }])
        {
            throw new InvalidOperationException($"Expected one workflow resumed and finished about {contentItemId}, got: {string.Join("; ", results)}");
        }
    }

    /// <summary>The database's plan for the engine's own lookup of what waits for the event (<see cref="WorkflowManager.WaitingFor"/>).</summary>
    public async Task<string> BlockLookupPlanAsync(string contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var query = scope.ServiceProvider.GetRequiredService<WorkflowManager>().WaitingFor(WorkflowEvents.ContentPublished, contentItemId);
        await db.Database.OpenConnectionAsync();
        await using var command = query.CreateDbCommand();
        var sql = command.CommandText;
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
        List<string> lines = [];
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one column of text.
                lines.Add(reader.GetString(reader.FieldCount - 1));
            }
        }

        return $"{string.Join(Environment.NewLine, sql.Split('\n').Select(l => "  " + l.TrimEnd()))}{Environment.NewLine}plan:{Environment.NewLine}{string.Join(Environment.NewLine, lines.Select(l => "  " + l))}";
    }

    public void Dispose() => _factory.Dispose();

    private static WorkflowDefinition Definition()
    {
        static JsonObject Pages() => new() { ["contentTypes"] = new JsonArray("Page") };
        return new WorkflowDefinition
        {
            Description = "Venter på, at en indsendt side udgives, husker hvem der udgav den, og slutter.",
            Activities =
            [
                new ActivityRecord { Id = "sendt", Name = WorkflowEvents.ContentSubmitted, IsStart = true, Settings = Pages() },
                new ActivityRecord { Id = "udgivet", Name = WorkflowEvents.ContentPublished, Settings = Pages() },
                new ActivityRecord { Id = "husk", Name = "SetProperty", Settings = new JsonObject { ["name"] = "PublishedBy", ["value"] = "{{ Input.UserName }}" } },
                new ActivityRecord { Id = "slut", Name = "Finish" },
            ],
            Transitions =
            [
                new Transition("sendt", ContentEventActivity.Done, "udgivet"),
                new Transition("udgivet", ContentEventActivity.Done, "husk"),
                new Transition("husk", "Done", "slut"),
            ],
        };
    }
}
