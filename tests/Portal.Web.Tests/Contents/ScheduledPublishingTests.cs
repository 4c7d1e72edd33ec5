using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Scheduling;
using Quartz;
using Portal.Web.Tests.Communication;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Contents;

/// <summary>A node whose clock the test moves, on a database and data folder that outlive it (a restart is a second node on the same).</summary>
public sealed class ClockedNode(string provider, string dataPath, string? connectionString, TestClock clock)
    : PortalFactory(provider, settings: SettingsFor(dataPath, connectionString))
{
    public TestClock Clock { get; } = clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    private static Dictionary<string, string?> SettingsFor(string dataPath, string? connectionString)
    {
        var settings = new Dictionary<string, string?> { ["Portal:DataPath"] = dataPath };
        if (connectionString is not null)
        {
            settings["ConnectionStrings:Portal"] = connectionString;
        }

        return settings;
    }
}

/// <summary>
/// "Udgiv senere" and "Afpublicér senere": a story planned for later is nowhere until its time, and
/// then everywhere; the plan is kept in the database, so a restart in between loses nothing. Bad
/// times are refused before anything is saved.
/// </summary>
public abstract class ScheduledPublishingTests(string provider) : IDisposable
{
    private static readonly TimeZoneInfo DanishTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));
    private readonly string? _connectionString = provider == "Postgres" ? TestDatabases.NewPostgresDatabase() : null;
    private readonly TestClock _clock = new() { Now = new DateTimeOffset(DateTime.UtcNow.Year, DateTime.UtcNow.Month, DateTime.UtcNow.Day, 7, 0, 0, TimeSpan.Zero) };

    [Fact]
    public async Task A_story_planned_for_later_appears_everywhere_at_its_time_even_across_a_restart_and_goes_again_when_planned()
    {
        string id;
        var title = "Planlagt historie om nattevagten " + Guid.NewGuid().ToString("n")[..6];
        await using (var node = NewNode())
        {
            var editor = await node.LoginAsync("redaktoer");
            var employee = await node.LoginAsync("medarbejder");
            var image = await CommunicationSteps.UploadImageAsync(editor, "planlagt.jpg");
            var created = await CreateAsync(editor, title, image, new()
            {
                ["StoryPart.Featured"] = "true",
                ["publishAt"] = Local(_clock.Now.AddHours(2)),
                ["unpublishAt"] = Local(_clock.Now.AddHours(6)),
                ["submit"] = "later",
            });
            id = IdOf(created);

            var editorPage = await editor.GetPageAsync($"/admin/contents/{id}/edit");
            Assert.Contains("Planlagt udgivelse", editorPage, StringComparison.Ordinal);
            Assert.Contains("Planlagt afpublicering", editorPage, StringComparison.Ordinal);
            await AssertNowhereAsync(employee, id, title);

            // An hour on, still nothing: the sweep finds nothing due.
            _clock.Now = _clock.Now.AddHours(1);
            await RunDueAsync(node);
            await AssertNowhereAsync(employee, id, title);
        }

        // The portal is down over the publish time; the node that starts after it publishes at once.
        _clock.Now = _clock.Now.AddHours(1).AddMinutes(1);
        await using (var node = NewNode())
        {
            var employee = await node.LoginAsync("medarbejder");
            var featured = Featured(await employee.GetPageAsync("/"));
            Assert.Contains(title, featured[..featured.IndexOf("</article>", StringComparison.Ordinal)], StringComparison.Ordinal);
            Assert.Contains(title, await employee.GetPageAsync("/stories"), StringComparison.Ordinal);
            Assert.Contains(title, await employee.GetPageAsync("/api/stories"), StringComparison.Ordinal);
            Assert.Contains(title, await employee.GetPageAsync("/stories/feed.atom"), StringComparison.Ordinal);
            Assert.Contains(title, await employee.GetPageAsync($"/stories/{id}"), StringComparison.Ordinal);

            // The unpublish time comes while it runs: Quartz fires the job, which takes it down.
            _clock.Now = _clock.Now.AddHours(4);
            await (await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(ScheduleWakeUps.JobKey);
            // Quartz's thread picks it up within moments, later on a busy machine; a minute is the most
            // its every-minute sweep would take.
            var fired = DateTime.UtcNow;
            while ((await employee.GetAsync($"/stories/{id}")).StatusCode == HttpStatusCode.OK && DateTime.UtcNow - fired < TimeSpan.FromSeconds(75))
            {
                await Task.Delay(100);
            }

            await AssertNowhereAsync(employee, id, title);
            var editor = await node.LoginAsync("redaktoer");
            var editorPage = await editor.GetPageAsync($"/admin/contents/{id}/edit");
            Assert.DoesNotContain("Planlagt afpublicering", editorPage, StringComparison.Ordinal);
            Assert.Contains("– ikke udgivet", editorPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_demo_has_a_story_planned_for_a_week_after_setup_which_comes_out_then()
    {
        const string Title = "Sommerafløserne, der kommer igen";
        await using var node = NewNode();
        var editor = await node.LoginAsync("redaktoer");
        var list = await editor.GetPageAsync("/admin/contents?type=Story&q=Sommerafl%C3%B8serne");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/admin/contents/([0-9a-z]{26})/edit").Groups[1].Value;
        var planned = WebUtility.HtmlDecode(await editor.GetPageAsync($"/admin/contents/{id}/edit"));
        var due = TimeZoneInfo.ConvertTime(_clock.Now, DanishTime).Date.AddDays(7);
        Assert.Contains($"Planlagt udgivelse</span> <time datetime=\"{TimeZoneInfo.ConvertTimeToUtc(due.AddHours(8), DanishTime):yyyy-MM-dd'T'HH:mm:ss'Z'}\"", planned, StringComparison.Ordinal);
        await AssertNowhereAsync(await node.LoginAsync("medarbejder"), id, Title);

        _clock.Now = _clock.Now.AddDays(8);
        await RunDueAsync(node);

        // A week on, the morning's sign-in has long expired.
        var reader = node.Anonymous();
        await reader.LoginAsync("medarbejder", PortalFactory.DemoPassword);
        Assert.Contains(Title, await reader.GetPageAsync("/stories"), StringComparison.Ordinal);
        Assert.Contains(Title, await reader.GetPageAsync($"/stories/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_time_that_has_passed_publishes_now()
    {
        await using var node = NewNode();
        var editor = await node.LoginAsync("redaktoer");
        var title = "Historie med en tid, der er gået " + Guid.NewGuid().ToString("n")[..6];
        var created = await CreateAsync(editor, title, await CommunicationSteps.UploadImageAsync(editor, "forbi.jpg"), new()
        {
            ["publishAt"] = Local(_clock.Now.AddHours(-1)),
            ["submit"] = "later",
        });
        var id = IdOf(created);

        var employee = await node.LoginAsync("medarbejder");
        Assert.Contains(title, await employee.GetPageAsync($"/stories/{id}"), StringComparison.Ordinal);
        var editorPage = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.Contains("Tidspunktet for udgivelsen var passeret", WebUtility.HtmlDecode(editorPage), StringComparison.Ordinal);
        Assert.DoesNotContain("Planlagt udgivelse", editorPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 2, "later", "Afpubliceringen skal ligge efter udgivelsen.")]
    [InlineData(3, 3, "later", "Afpubliceringen skal ligge efter udgivelsen.")]
    [InlineData(null, -1, "publish", "Tidspunktet for afpublicering er passeret.")]
    [InlineData(null, null, "later", "Vælg dato og klokkeslæt for, hvornår det skal udgives.")]
    public async Task Times_that_cannot_be_are_refused_and_nothing_is_saved(int? publishInHours, int? unpublishInHours, string submit, string message)
    {
        await using var node = NewNode();
        var editor = await node.LoginAsync("redaktoer");
        var title = "Afvist plan " + Guid.NewGuid().ToString("n")[..6];
        var fields = new Dictionary<string, string> { ["submit"] = submit };
        if (publishInHours is { } up)
        {
            fields["publishAt"] = Local(_clock.Now.AddHours(up));
        }

        if (unpublishInHours is { } down)
        {
            fields["unpublishAt"] = Local(_clock.Now.AddHours(down));
        }

        var response = await CreateAsync(editor, title, await CommunicationSteps.UploadImageAsync(editor, "afvist.jpg"), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await editor.GetPageAsync("/admin/contents?type=Story"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_that_is_not_a_time_is_refused_in_Danish()
    {
        await using var node = NewNode();
        var editor = await node.LoginAsync("redaktoer");
        var response = await CreateAsync(editor, "Historie med en forkert tid", await CommunicationSteps.UploadImageAsync(editor, "forkert.jpg"), new()
        {
            ["publishAt"] = "i morgen tidlig",
            ["submit"] = "later",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Skriv tidspunktet for udgivelsen som dd-mm-åååå tt:mm.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_that_could_not_be_published_cannot_be_planned_either()
    {
        await using var node = NewNode();
        var editor = await node.LoginAsync("redaktoer");
        var title = "Planlagt uden billede " + Guid.NewGuid().ToString("n")[..6];
        var response = await CreateAsync(editor, title, image: "", new()
        {
            ["publishAt"] = Local(_clock.Now.AddHours(2)),
            ["submit"] = "later",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("En historie skal have et hovedbillede med en alternativ tekst, før den kan udgives. Intet er gemt.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await editor.GetPageAsync("/admin/contents?type=Story"), StringComparison.Ordinal);
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

    /// <summary>Posts the story editor with a story's fields and <paramref name="extra"/> (the button, the times, …).</summary>
    private static Task<HttpResponseMessage> CreateAsync(PortalClient editor, string title, string image, Dictionary<string, string> extra)
    {
        var fields = CommunicationSteps.StoryFields(title, image, alt: "Et billede til historien");
        fields["submit"] = "save";
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }

        return editor.PostFormAsync("/admin/contents/create/Story", "/admin/contents/create/Story", fields);
    }

    private static string IdOf(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return CommunicationSteps.IdOf(created);
    }

    private ClockedNode NewNode() => new(provider, _dataPath, _connectionString, _clock);

    /// <summary>What the scheduler's job does, run at once (its minute sweep may have been first).</summary>
    private static async Task<int> RunDueAsync(ClockedNode node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentSchedule>().RunDueAsync();
    }

    private static async Task AssertNowhereAsync(PortalClient employee, string id, string title)
    {
        Assert.DoesNotContain(title, await employee.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await employee.GetPageAsync("/stories"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await employee.GetPageAsync("/api/stories"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await employee.GetPageAsync("/stories/feed.atom"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/stories/{id}")).StatusCode);
    }

    /// <summary>The front page's featured stories, across its top.</summary>
    private static string Featured(string frontPage)
    {
        var start = frontPage.IndexOf("id=\"fremhaevede-historier\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the front page has featured stories");
        return frontPage[start..frontPage.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Local(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, DanishTime).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

public sealed class SqliteScheduledPublishingTests() : ScheduledPublishingTests("Sqlite");

public sealed class PostgresScheduledPublishingTests() : ScheduledPublishingTests("Postgres");
