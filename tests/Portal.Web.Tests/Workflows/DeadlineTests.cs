using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Tests.Contents;
using Portal.Web.Tests.Med;
using Portal.Workflows.Services;
using static Portal.Web.Tests.Workflows.WorkflowSteps;

namespace Portal.Web.Tests.Workflows;

/// <summary>
/// Hovedudvalgets godkendelse reminds the formandskab after a week and, after ten days, sends the
/// task to the substitute (the administrators) as well, who may then decide.
/// </summary>
public abstract class DeadlineTests(string provider) : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));
    private readonly string? _connectionString = provider == "Postgres" ? TestDatabases.NewPostgresDatabase() : null;
    private readonly TestClock _clock = new() { Now = DateTimeOffset.UtcNow };

    [Fact]
    public async Task A_task_left_open_is_reminded_once_and_then_goes_to_the_substitute_who_may_decide()
    {
        await using var node = new ClockedNode(provider, _dataPath, _connectionString, _clock);
        var sender = await node.LoginAsync("redaktoer");
        var title = "Venter på formandskabet " + Guid.NewGuid().ToString("n")[..6];
        var id = await SubmitMarkedPageAsync(sender, title);

        // Six days: nothing yet.
        _clock.Now = _clock.Now.AddDays(6);
        await RunDueAsync(node);
        Assert.DoesNotContain($"Påmindelse: Godkend {title}", await NoticesOfAsync(node, "hu.formand"), StringComparison.Ordinal);

        // A week: both are reminded, once however often the sweep runs.
        _clock.Now = _clock.Now.AddDays(1).AddMinutes(1);
        await RunDueAsync(node);
        await RunDueAsync(node);
        foreach (var userName in new[] { "hu.formand", "hu.naestformand" })
        {
            var notices = await NoticesOfAsync(node, userName);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(notices, $"Påmindelse: Godkend {title}"));
            Assert.Contains("Opgaven venter stadig på dig som Formand for Hovedudvalget eller Næstformand for Hovedudvalget. Fristen er", notices, StringComparison.Ordinal);
        }

        Assert.Null(await TaskAboutAsync(await SignInAsync(node, "admin"), id));

        // Ten days: the administrators have it too, are told, and may read the draft and approve it.
        _clock.Now = _clock.Now.AddDays(3);
        await RunDueAsync(node);
        await RunDueAsync(node);
        var admin = await SignInAsync(node, "admin");
        var task = await TaskAboutAsync(admin, id);
        Assert.NotNull(task);
        Assert.Equal("Formand for Hovedudvalget eller Næstformand for Hovedudvalget eller Stedfortræder (administrator)", task.Value.GetProperty("assignedAs").GetString());
        var adminNotices = await NoticesOfAsync(node, "admin");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(adminNotices, $"Opgave sendt videre til dig: Godkend {title}"));
        Assert.NotNull(await TaskAboutAsync(await SignInAsync(node, "hu.formand"), id));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, task.Value.GetProperty("id").GetInt64(), "Approve", "Godkendt som stedfortræder.")).StatusCode);
        Assert.Contains(title, await (await SignInAsync(node, "medarbejder")).GetPageAsync($"/content/{id}"), StringComparison.Ordinal);
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

    /// <summary>What the every-minute job does, run at once.</summary>
    private static async Task RunDueAsync(ClockedNode node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowTimers>().RunDueAsync();
    }

    private static async Task<string> NoticesOfAsync(ClockedNode node, string userName) =>
        await NoticesAsync(node.Services, await SignInAsync(node, userName));

    /// <summary>A new session: one signed in before the clock moved on by days has expired.</summary>
    private static async Task<PortalClient> SignInAsync(ClockedNode node, string userName)
    {
        var client = node.Anonymous();
        await client.LoginAsync(userName, PortalFactory.DemoPassword);
        return client;
    }
}

public sealed class SqliteDeadlineTests() : DeadlineTests("Sqlite");

public sealed class PostgresDeadlineTests() : DeadlineTests("Postgres");
