using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Med.Models;

namespace Portal.Web.Tests.Med;

/// <summary>Counts the database commands the portal sends.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecuting(command, eventData, result);
    }
}

public sealed class CountingFixture : MedFixture
{
    public CommandCounter Counter { get; } = new();

    public string BigMeetingId { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var meeting = await NewAsync(content, Portal.Med.MedTypes.Meeting, "Stort møde");
        BigMeetingId = meeting.ContentItemId;
        var items = new List<string>();
        for (var i = 1; i <= 20; i++)
        {
            var id = await ItemAsync(content, $"{i}", $"Punkt nummer {i}", isClosed: i % 5 == 0, $"Tekst {i}", part => part.MeetingId = BigMeetingId);
            items.Add(id);
        }

        meeting.Apply(new MeetingPart
        {
            CommitteeId = CommitteeId,
            StartsUtc = new DateTime(2023, 5, 1, 7, 0, 0, DateTimeKind.Utc),
            EndsUtc = new DateTime(2023, 5, 1, 9, 0, 0, DateTimeKind.Utc),
            Status = MeetingStatus.MinutesPublished,
            AgendaOrder = items,
        });
        await content.CreateAsync(meeting, publish: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Counter));
    }
}

/// <summary>
/// A meeting page costs the same few database round trips however many items it has (no N+1) when
/// it is rendered, and none when it comes from the cache.
/// </summary>
public sealed class RoundTripTests(CountingFixture fixture) : IClassFixture<CountingFixture>
{
    [Fact]
    public async Task A_meeting_page_with_twenty_items_takes_at_most_three_round_trips()
    {
        // What the demo's start told people is delivered first: a write in between would rightly make the page ask again.
        await fixture.Services.GetRequiredService<Portal.Notifications.Services.NotificationPump>().DrainAsync();

        // The search index's background service looks for work every other second; it is not the page's.
        var search = fixture.Services.GetRequiredService<Portal.Search.Services.SearchIndexPump>();
        await search.CatchUpAsync(waitForGaps: false);
        await search.StopAsync(CancellationToken.None);
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        var warmUp = await member.GetPageAsync($"/meetings/{fixture.BigMeetingId}");
        Assert.Contains("Punkt nummer 19", warmUp);

        // Rendered again, not served from the cache.
        await fixture.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderPages.Tag, CancellationToken.None);
        fixture.Counter.Reset();
        var rendered = await member.GetAsync($"/meetings/{fixture.BigMeetingId}");
        var renderedTrips = fixture.Counter.Count;

        fixture.Counter.Reset();
        var cached = await member.GetAsync($"/meetings/{fixture.BigMeetingId}");

        Assert.Null(rendered.Headers.Age);
        var page = await rendered.Content.ReadAsStringAsync();
        Assert.Contains("Punkt nummer 1", page);
        Assert.Contains("Punkt nummer 19", page);
        Assert.InRange(renderedTrips, 1, 3);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(0, fixture.Counter.Count);
        await search.StartAsync(CancellationToken.None);
    }
}
