using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>
/// <c>dotnet run --project src/Portal/Portal.Web -- search rebuild</c>: asks every node to build its
/// index again and builds this one at once, with a progress bar. When a running portal holds this
/// node's index, that portal builds it, and the command follows its progress until it is done.
/// </summary>
internal sealed class SearchRebuildCommand(SearchIndex index, SearchIndexPump pump, PortalDbContext db, TimeProvider clock) : IPortalCommand
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public IReadOnlyList<string> Name { get; } = ["search", "rebuild"];

    public string Description => "Bygger søgeindekset igen af alt udgivet indhold (på alle servere).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            await output.WriteLineAsync($"'search rebuild' tager ingen argumenter (fik: {string.Join(' ', arguments)}).");
            return 2;
        }

        var taskId = await SearchIndexPump.RequestRebuildAsync(db, clock, cancellationToken);
        await output.WriteLineAsync($"Søgeindekset bygges igen (opgave {taskId}); de andre servere gør det samme, når de ser opgaven.");
        var bar = new ConsoleProgressBar(output);
        var started = DateTime.UtcNow;
        try
        {
            index.Open();
        }
        catch (LockObtainFailedException)
        {
            await output.WriteLineAsync("En kørende portal bruger indekset på denne server og bygger det selv; fremdriften følges her.");
            var followed = await FollowAsync(taskId, bar, output, cancellationToken);
            bar.Done();
            await output.WriteLineAsync(followed is { } documents
                ? $"Færdig: {documents} dokumenter i indekset efter {Seconds(started)}."
                : "Indekset blev ikke bygget; se Administration → Søgning og portalens log.");
            return followed is null ? 1 : 0;
        }

        await pump.CatchUpAsync(progress: new ReportTo<RebuildProgress>(bar.Show), cancellationToken: cancellationToken);
        bar.Done();
        await output.WriteLineAsync($"Færdig: {index.DocumentCount} dokumenter i indekset efter {Seconds(started)}.");
        return 0;
    }

    /// <summary>Waits for the portal holding this node's index to apply the rebuild; the documents it then has, or null if it fails or stays silent.</summary>
    private async Task<int?> FollowAsync(long taskId, ConsoleProgressBar bar, TextWriter output, CancellationToken cancellationToken)
    {
        var lastSign = DateTime.UtcNow;
        DateTime? lastUpdate = null;
        while (true)
        {
            var node = await db.Set<SearchNode>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == index.NodeId, cancellationToken);
            if (node is not null)
            {
                if (node.AppliedTaskId >= taskId && node.RebuildTotal is null)
                {
                    return node.Documents;
                }

                if (node.LastError is { } error)
                {
                    bar.Done();
                    await output.WriteLineAsync($"Portalen melder en fejl: {error}");
                    return null;
                }

                if (node.RebuildTotal is { } total)
                {
                    bar.Show(new RebuildProgress(node.RebuildDone ?? 0, total));
                }

                if (node.UpdatedUtc != lastUpdate)
                {
                    lastUpdate = node.UpdatedUtc;
                    lastSign = DateTime.UtcNow;
                }
            }

            if (DateTime.UtcNow - lastSign > TimeSpan.FromMinutes(5))
            {
                return null;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private static string Seconds(DateTime started) =>
        string.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), $"{(DateTime.UtcNow - started).TotalSeconds:0.0} s");
}
