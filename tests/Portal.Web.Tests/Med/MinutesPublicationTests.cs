using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Med;
using Portal.Med.Models;

namespace Portal.Web.Tests.Med;

/// <summary>The test committee on a clock the test moves.</summary>
public class MinutesFixture : MedFixture
{
    public MinutesFixture()
    {
    }

    protected MinutesFixture(string provider)
        : base(provider)
    {
    }

    public TestClock Clock { get; } = new() { Now = new(2023, 5, 1, 10, 0, 0, TimeSpan.Zero) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class PostgresMinutesFixture() : MinutesFixture("Postgres");

/// <summary>
/// A meeting's minutes are dated when they are published: corrections keep the date, taking them
/// back clears it, publishing again dates them again, and imported minutes keep the date they bring.
/// The minutes feed dates its entries by it.
/// </summary>
public abstract class MinutesPublicationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : MinutesFixture
{
    private static readonly DateTime Published = new(2023, 5, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Minutes_are_dated_when_published_not_when_corrected()
    {
        fixture.Clock.Now = new(2023, 5, 1, 10, 0, 0, TimeSpan.Zero);
        var id = await NewMeetingAsync(MeetingStatus.AgendaPublished);
        Assert.Null((await PublishedAsync(id)).MinutesPublishedUtc);

        fixture.Clock.Now = Published;
        await SaveAsync(id, p => p.Status = MeetingStatus.MinutesPublished);
        Assert.Equal(Published, (await PublishedAsync(id)).MinutesPublishedUtc);

        // A correction a week later publishes a new version, but not new minutes.
        var corrected = new DateTime(2023, 5, 9, 14, 30, 0, DateTimeKind.Utc);
        fixture.Clock.Now = corrected;
        await SaveAsync(id, p => p.Location = "Mødelokale 3, Rådhuset");
        Assert.Equal(Published, (await PublishedAsync(id)).MinutesPublishedUtc);
        Assert.Equal(corrected, await VersionPublishedUtcAsync(id));

        var entry = await FeedEntryAsync(id);
        Assert.NotNull(entry);
        Assert.Equal(new DateTimeOffset(Published), entry.PublishDate);
        Assert.Equal(new DateTimeOffset(Published), entry.LastUpdatedTime);
    }

    [Fact]
    public async Task Minutes_taken_back_lose_their_date_and_are_dated_again_when_published_again()
    {
        fixture.Clock.Now = Published;
        var id = await NewMeetingAsync(MeetingStatus.MinutesPublished);
        Assert.Equal(Published, (await PublishedAsync(id)).MinutesPublishedUtc);

        fixture.Clock.Now = Published.AddHours(1);
        await SaveAsync(id, p => p.Status = MeetingStatus.AgendaPublished);
        Assert.Null((await PublishedAsync(id)).MinutesPublishedUtc);
        Assert.Null(await FeedEntryAsync(id));

        var again = Published.AddDays(2);
        fixture.Clock.Now = again;
        await SaveAsync(id, p => p.Status = MeetingStatus.MinutesPublished);
        Assert.Equal(again, (await PublishedAsync(id)).MinutesPublishedUtc);
        Assert.Equal(new DateTimeOffset(again), (await FeedEntryAsync(id))?.PublishDate);
    }

    [Fact]
    public async Task Minutes_in_a_draft_are_dated_when_the_draft_is_published()
    {
        fixture.Clock.Now = Published;
        var id = await NewMeetingAsync(MeetingStatus.AgendaPublished);

        fixture.Clock.Now = Published.AddHours(1);
        await SaveAsync(id, p => p.Status = MeetingStatus.MinutesPublished, publish: false);
        Assert.Null((await PublishedAsync(id)).MinutesPublishedUtc);
        Assert.Null((await LatestAsync(id)).MinutesPublishedUtc);

        var published = Published.AddHours(3);
        fixture.Clock.Now = published;
        await WithContentAsync(async content =>
        {
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            Assert.True((await content.PublishAsync(id, latest.ConcurrencyStamp)).Succeeded);
        });
        Assert.Equal(published, (await PublishedAsync(id)).MinutesPublishedUtc);
    }

    [Fact]
    public async Task Imported_minutes_keep_their_date_and_the_demo_minutes_are_dated_at_their_meetings_end()
    {
        var imported = new DateTime(2023, 4, 28, 9, 15, 0, DateTimeKind.Utc);
        fixture.Clock.Now = Published;
        var id = await NewMeetingAsync(MeetingStatus.MinutesPublished, imported);
        Assert.Equal(imported, (await PublishedAsync(id)).MinutesPublishedUtc);
        Assert.Equal(new DateTimeOffset(imported), (await FeedEntryAsync(id))?.PublishDate);

        var demo = Assert.Single((await FeedAsync()).Items, e => e.Title.Text == "Referat: Hovedudvalget 27-04-2023");
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 11, 0, 0, TimeSpan.Zero), demo.PublishDate);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 11, 0, 0, TimeSpan.Zero), demo.LastUpdatedTime);
    }

    private async Task<string> NewMeetingAsync(MeetingStatus status, DateTime? minutesPublishedUtc = null)
    {
        var id = "";
        await WithContentAsync(async content =>
        {
            var meeting = await content.NewAsync(MedTypes.Meeting);
            meeting.DisplayText = "Møde om referatets dato";
            meeting.Apply(new MeetingPart
            {
                CommitteeId = fixture.CommitteeId,
                StartsUtc = new DateTime(2023, 4, 28, 7, 0, 0, DateTimeKind.Utc),
                EndsUtc = new DateTime(2023, 4, 28, 9, 0, 0, DateTimeKind.Utc),
                Location = "Rådhuset",
                Status = status,
                MinutesPublishedUtc = minutesPublishedUtc,
            });
            Assert.True((await content.CreateAsync(meeting, publish: true)).Succeeded);
            id = meeting.ContentItemId;
        });
        return id;
    }

    /// <summary>What the meeting editor does: a new version of the latest, changed and saved.</summary>
    private Task SaveAsync(string id, Action<MeetingPart> change, bool publish = true) => WithContentAsync(async content =>
    {
        var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
        var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
        version.Alter(change);
        Assert.True((await content.SaveAsync(version, publish)).Succeeded);
    });

    private async Task<MeetingPart> PublishedAsync(string id) => (await VersionAsync(id, VersionOptions.Published)).As<MeetingPart>();

    private async Task<MeetingPart> LatestAsync(string id) => (await VersionAsync(id, VersionOptions.Latest)).As<MeetingPart>();

    private async Task<DateTime?> VersionPublishedUtcAsync(string id) => (await VersionAsync(id, VersionOptions.Published)).PublishedUtc;

    private async Task<ContentItem> VersionAsync(string id, VersionOptions options)
    {
        ContentItem? version = null;
        await WithContentAsync(async content => version = await content.GetAsync(id, options));
        return version ?? throw new InvalidOperationException($"Meeting {id} has no {options} version.");
    }

    private async Task WithContentAsync(Func<IContentManager, Task> action)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    private async Task<SyndicationItem?> FeedEntryAsync(string meetingId)
    {
        var page = new Uri($"https://localhost/meetings/{meetingId}");
        return (await FeedAsync()).Items.SingleOrDefault(i => i.Links.Any(l => l.RelationshipType == "alternate" && l.Uri == page));
    }

    private async Task<SyndicationFeed> FeedAsync()
    {
        // Sessions follow the test's clock, so each read signs in afresh.
        var client = fixture.Anonymous();
        await client.LoginAsync("medarbejder", PortalFactory.DemoPassword);
        using var xml = XmlReader.Create(new StringReader(await client.GetPageAsync("/minutes.atom")));
        return SyndicationFeed.Load(xml);
    }
}

public sealed class SqliteMinutesPublicationTests(MinutesFixture fixture) : MinutesPublicationTests<MinutesFixture>(fixture);

public sealed class PostgresMinutesPublicationTests(PostgresMinutesFixture fixture) : MinutesPublicationTests<PostgresMinutesFixture>(fixture);
