using System.Net;
using Portal.Web.Tests.Contents;
using Portal.Web.Tests.Med;
using static Portal.Web.Tests.Workflows.WorkflowSteps;

namespace Portal.Web.Tests.Workflows;

/// <summary>A workflow waiting for a task is rows, not memory: it survives the portal stopping and goes on in the next one.</summary>
public abstract class RestartTests(string provider) : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));
    private readonly string? _connectionString = provider == "Postgres" ? TestDatabases.NewPostgresDatabase() : null;
    private readonly TestClock _clock = new() { Now = DateTimeOffset.UtcNow };

    [Fact]
    public async Task A_workflow_blocked_on_a_task_survives_a_restart_and_resumes_when_the_task_is_acted_on()
    {
        var title = "Godkendes efter genstart " + Guid.NewGuid().ToString("n")[..6];
        string id;
        await using (var node = NewNode())
        {
            id = await SubmitMarkedPageAsync(await node.LoginAsync("redaktoer"), title);
            Assert.NotNull(await TaskAboutAsync(await node.LoginAsync("hu.formand"), id));
        }

        await using (var node = NewNode())
        {
            var formand = await node.LoginAsync("hu.formand");
            var taskId = await TaskIdAsync(formand, id);
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(formand, taskId, "Approve", null)).StatusCode);
            Assert.Contains(title, await (await node.LoginAsync("medarbejder")).GetPageAsync($"/content/{id}"), StringComparison.Ordinal);
            Assert.Contains($"{title} er godkendt og udgivet", await NoticesAsync(node.Services, await node.LoginAsync("redaktoer")), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private ClockedNode NewNode() => new(provider, _dataPath, _connectionString, _clock);
}

public sealed class SqliteRestartTests() : RestartTests("Sqlite");

public sealed class PostgresRestartTests() : RestartTests("Postgres");
