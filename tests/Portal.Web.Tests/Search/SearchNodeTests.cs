using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Search.Models;
using Portal.Search.Services;

namespace Portal.Web.Tests.Search;

/// <summary>
/// Several hosts on one PostgreSQL database, each with its own index folder, as nodes behind a load
/// balancer: each finds what another published, and a node that was down catches up from where it
/// stopped when it starts again.
/// </summary>
public sealed class SearchNodeTests : IAsyncLifetime
{
    private readonly PostgresPortalFactory _first = new();
    private readonly string _secondFolder = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));

    public Task InitializeAsync() => _first.CatchUpAsync();

    public Task DisposeAsync()
    {
        _first.Dispose();
        if (Directory.Exists(_secondFolder))
        {
            Directory.Delete(_secondFolder, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Another host on the first one's database, keeping its data (and index) in <see cref="_secondFolder"/>.</summary>
    private EnvironmentFactory SecondNode() => new("Development", new()
    {
        ["ConnectionStrings:Portal"] = _first.PostgresConnectionString,
        ["Portal:DataPath"] = _secondFolder,
    }, "Postgres");

    [Fact]
    public async Task Every_node_finds_what_another_published_and_a_node_that_was_down_catches_up()
    {
        string nodeId;
        using (var second = SecondNode())
        {
            await second.CatchUpAsync();
            nodeId = second.Services.GetRequiredService<SearchIndex>().NodeId;

            var first = await PublishAsync("Okapiernes nye indhegning");
            await _first.CatchUpAsync();
            await second.CatchUpAsync();

            Assert.Equal([first], (await (await _first.LoginAsync("medarbejder")).SearchAsync("okapiernes")).Ids);
            Assert.Equal([first], (await (await second.LoginAsync("medarbejder")).SearchAsync("okapiernes")).Ids);
        }

        // While the second node is down, the first publishes again: the task waits in the database.
        var whileDown = await PublishAsync("Okapiernes vinterfoder");
        await _first.CatchUpAsync();
        var lastRebuild = await NodeAsync(nodeId, n => n.LastRebuildUtc);

        using (var restarted = SecondNode())
        {
            await restarted.CatchUpAsync();

            // The same index, caught up from its last task, not built again.
            Assert.Equal(nodeId, restarted.Services.GetRequiredService<SearchIndex>().NodeId);
            Assert.Equal(lastRebuild, await NodeAsync(nodeId, n => n.LastRebuildUtc));
            var answer = await (await restarted.LoginAsync("medarbejder")).SearchAsync("okapiernes");
            Assert.Equal(2, answer.Total);
            Assert.Contains(whileDown, answer.Ids);
        }

        await using var scope = _first.Services.CreateAsyncScope();
        var nodes = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchNode>().CountAsync();
        Assert.Equal(2, nodes);
    }

    /// <summary>
    /// A new version of the portal may describe items differently (a handler changed, a module
    /// enabled): a node starting with it builds its index again by itself, instead of keeping
    /// documents made the old way until an administrator asks.
    /// </summary>
    [Fact]
    public async Task A_node_started_with_other_descriptions_builds_its_index_again()
    {
        var page = await PublishAsync("Bæltedyrenes sommerhus");
        string nodeId;
        using (var second = SecondNode())
        {
            await second.CatchUpAsync();
            nodeId = second.Services.GetRequiredService<SearchIndex>().NodeId;
            Assert.Equal([page], (await (await second.LoginAsync("medarbejder")).SearchAsync("bæltedyrenes")).Ids);
        }

        // The index as an older version left it: made by other descriptions, and without the page
        // (which only a rebuild brings back).
        var built = await NodeAsync(nodeId, n => n.LastRebuildUtc);
        using (var older = new SearchIndex(new Portal.Core.Hosting.DataPaths(_secondFolder)))
        {
            older.Replace([page], []);
            older.Commit(older.AppliedTaskId, older.DatabaseEpoch!, describedBy: "an older portal");
        }

        using var restarted = SecondNode();
        await restarted.CatchUpAsync();

        Assert.NotEqual("an older portal", restarted.Services.GetRequiredService<SearchIndex>().DescribedBy);
        Assert.True(await NodeAsync(nodeId, n => n.LastRebuildUtc) > built, "the node built its index again");
        Assert.Equal([page], (await (await restarted.LoginAsync("medarbejder")).SearchAsync("bæltedyrenes")).Ids);
    }

    /// <summary>Nodes sharing a data folder (for media) keep their indexes apart with <c>Search:IndexPath</c>.</summary>
    [Fact]
    public async Task A_node_keeps_its_index_where_Search_IndexPath_says()
    {
        var folder = Path.Combine(_secondFolder, "eget-indeks");
        var page = await PublishAsync("Dovendyrenes hængekøje");
        using var node = new EnvironmentFactory("Development", new()
        {
            ["ConnectionStrings:Portal"] = _first.PostgresConnectionString,
            ["Search:IndexPath"] = folder,
        }, "Postgres");
        await node.CatchUpAsync();

        Assert.Equal([page], (await (await node.LoginAsync("medarbejder")).SearchAsync("dovendyrenes")).Ids);
        Assert.Equal(Path.Combine(folder, "index"), node.Services.GetRequiredService<SearchIndex>().IndexPath);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "index"), "segments_*"));
        Assert.False(Directory.Exists(Path.Combine(node.DataPath, "search")), "nothing of the index in the data folder");
    }

    private async Task<T> NodeAsync<T>(string nodeId, System.Linq.Expressions.Expression<Func<SearchNode, T>> value)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchNode>()
            .Where(n => n.Id == nodeId).Select(value).SingleAsync();
    }

    private async Task<string> PublishAsync(string title)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var page = await content.NewAsync("Page");
        page.DisplayText = title;
        page.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["title"] = title };
        page.Content["HtmlBodyPart"] = new System.Text.Json.Nodes.JsonObject { ["html"] = $"<p>{title} er åbnet.</p>" };
        Assert.True((await content.CreateAsync(page, publish: true)).Succeeded);
        return page.ContentItemId;
    }
}

internal static class SearchHostSteps
{
    /// <summary>Applies every indexing task written so far to this host's index.</summary>
    public static Task<int> CatchUpAsync(this PortalFactory factory) =>
        factory.Services.GetRequiredService<SearchIndexPump>().CatchUpAsync(waitForGaps: false);
}
