using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Med.Models;
using Portal.Media.Services;
using Portal.Search.Models;
using Portal.Search.Services;
using Portal.Web.Tests.Med;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.Web.Tests.Search;

/// <summary>How the index follows the database: a stopped indexer catching up, a rebuild, items described from others, attached files.</summary>
public abstract class SearchIndexingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : SearchFixture
{
    [Fact]
    public async Task Tasks_written_while_the_indexer_is_stopped_are_applied_when_it_starts()
    {
        var pump = fixture.Services.GetRequiredService<SearchIndexPump>();
        await pump.StopAsync(CancellationToken.None);
        string id;
        try
        {
            id = await PublishItemAsync("Tapirernes stille morgen");
            await Task.Delay(500);
            Assert.Equal(0, (await (await SignInAsync(SearchFixture.OutsiderUser)).SearchAsync("tapirernes")).Total);
        }
        finally
        {
            await pump.StartAsync(CancellationToken.None);
        }

        var client = await SignInAsync(SearchFixture.OutsiderUser);
        var found = await Eventually(async () => (await client.SearchAsync("tapirernes")).Ids.ToList(), ids => ids.Count > 0);
        Assert.Equal([id], found);
    }

    [Fact]
    public async Task A_rebuild_from_the_admin_page_gives_what_incremental_indexing_gave()
    {
        string[] queries = ["zulufjord", "testpunkt", "rekruttering", "fastholdelse", "\"sundhed og omsorg\"", "kvadra*", "xylofonkvartetten", "anbefaling -ledelse"];
        var member = await SignInAsync(MedFixture.MemberUser);
        var before = new List<string>();
        foreach (var query in queries)
        {
            before.Add(await DescribeAsync(member, query));
        }

        // A document lost from this node's index (as from a damaged folder) comes back only by a rebuild.
        var index = fixture.Services.GetRequiredService<SearchIndex>();
        await fixture.CatchUpAsync();
        index.Replace([fixture.PhraseItemId], []);
        index.Commit(index.AppliedTaskId, index.DatabaseEpoch!);
        Assert.DoesNotContain(fixture.PhraseItemId, (await member.SearchAsync("zulufjord")).Ids);

        var admin = await SignInAsync("admin");
        var rebuild = await admin.PostFormAsync("/admin/search", "/admin/search/rebuild", []);
        Assert.Equal(HttpStatusCode.Redirect, rebuild.StatusCode);
        await fixture.CatchUpAsync();

        var after = new List<string>();
        foreach (var query in queries)
        {
            after.Add(await DescribeAsync(member, query));
        }

        Assert.Equal(before, after);
        var status = await admin.GetPageAsync("/admin/search");
        Assert.Contains("denne server", status);
        Assert.Contains("Bygget igen", status);
        Assert.Contains("Ajour", status);
    }

    [Fact]
    public async Task The_search_page_is_served_from_the_cache_until_the_index_moves_on()
    {
        var client = await SignInAsync(SearchFixture.OutsiderUser);
        await fixture.CatchUpAsync();
        await fixture.QuietAsync();
        Assert.Contains($"/items/{fixture.PhraseItemId}", await client.GetPageAsync("/search?q=zulufjord"));
        var cached = await client.GetAsync("/search?q=zulufjord");
        Assert.NotNull(cached.Headers.Age);

        // The index moves on without a write on this node (as when another node's change arrives).
        var index = fixture.Services.GetRequiredService<SearchIndex>();
        index.Replace([fixture.PhraseItemId], []);
        index.Commit(index.AppliedTaskId, index.DatabaseEpoch!);
        try
        {
            var after = await client.GetAsync("/search?q=zulufjord");
            Assert.Null(after.Headers.Age);
            Assert.DoesNotContain($"/items/{fixture.PhraseItemId}", await after.Content.ReadAsStringAsync());
        }
        finally
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            index.Replace([fixture.PhraseItemId], await scope.ServiceProvider.GetRequiredService<Portal.Core.Search.ISearchDocumentSource>().BuildAsync([fixture.PhraseItemId]));
            index.Commit(index.AppliedTaskId, index.DatabaseEpoch!);
        }
    }

    /// <summary>
    /// A node starting on a new index records itself and rebuilds; with several nodes this happens
    /// while the others serve pages, so it must not empty their caches (it did: another node's
    /// cached page was rendered again the moment a node started).
    /// </summary>
    [Fact]
    public async Task A_rebuild_and_the_node_s_own_records_leave_the_readers_page_caches_alone()
    {
        var client = await SignInAsync(SearchFixture.OutsiderUser);
        await fixture.CatchUpAsync();
        var signal = fixture.Services.GetRequiredService<ReadCacheSignal>();
        await fixture.QuietAsync();
        var page = $"/items/{fixture.PhraseItemId}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.NotNull((await client.GetAsync(page)).Headers.Age);
        var generation = signal.Generation;

        // As on a node seen for the first time: its status row is written anew.
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(1, await db.Set<SearchNode>().Where(n => n.Id == fixture.Services.GetRequiredService<SearchIndex>().NodeId).ExecuteDeleteAsync());
            await SearchIndexPump.RequestRebuildAsync(db, TimeProvider.System);
        }

        await fixture.CatchUpAsync();

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.True(await db.Set<SearchNode>().AnyAsync(n => n.Id == fixture.Services.GetRequiredService<SearchIndex>().NodeId), "the node recorded itself again");
        }

        Assert.Equal(generation, signal.Generation);
        Assert.NotNull((await client.GetAsync(page)).Headers.Age);
    }

    [Fact]
    public async Task A_decision_is_found_once_the_meeting_s_minutes_are_published()
    {
        string meetingId, itemId;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            meetingId = await NewMeetingAsync(content, "Ekstraordinært møde", new DateTime(2023, 5, 10, 7, 0, 0, DateTimeKind.Utc), MeetingStatus.AgendaPublished);

            var item = await content.NewAsync(Portal.Med.MedTypes.AgendaItem);
            item.DisplayText = "Vandrehjemmets fremtid";
            item.Apply(new AgendaItemPart
            {
                MeetingId = meetingId,
                Number = "1",
                Kind = ItemKind.Decision,
                CaseDescription = "<p>Vandrehjemmet skal have nyt tag.</p>",
                Decision = new Decision(fixture.CommitteeId, new DateOnly(2023, 5, 10), DecisionOutcome.Approved, "<p>Udvalget bevilgede kobbertaget.</p>"),
            });
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            itemId = item.ContentItemId;
        }

        await fixture.CatchUpAsync();
        var client = await SignInAsync(SearchFixture.OutsiderUser);
        Assert.Equal([itemId], (await client.SearchAsync("vandrehjemmet")).Ids);
        Assert.Equal(0, (await client.SearchAsync("kobbertaget")).Total);

        // Only the meeting is saved; its item's document follows.
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(meetingId, VersionOptions.Latest))!;
            var meeting = (await content.BeginEditAsync(meetingId, latest.ConcurrencyStamp))!;
            meeting.Alter<MeetingPart>(p => p.Status = MeetingStatus.MinutesPublished);
            Assert.True((await content.SaveAsync(meeting, publish: true)).Succeeded);
        }

        await fixture.CatchUpAsync();
        Assert.Equal([itemId], (await client.SearchAsync("kobbertaget")).Ids);
    }

    /// <summary>
    /// An agenda item is described from its meeting: while the meeting is unpublished, the item is
    /// found by no one, and when the meeting is published again, so is the item, though the item
    /// itself was never saved in between.
    /// </summary>
    [Fact]
    public async Task The_items_of_a_meeting_unpublished_and_published_again_are_found_again()
    {
        string meetingId, itemId;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            meetingId = await NewMeetingAsync(content, "Ekstra møde om vombatter", new DateTime(2023, 9, 14, 7, 0, 0, DateTimeKind.Utc), MeetingStatus.MinutesPublished);

            var item = await content.NewAsync(Portal.Med.MedTypes.AgendaItem);
            item.DisplayText = "Vombatternes vinterhi";
            item.Apply(new AgendaItemPart { MeetingId = meetingId, Number = "1", CaseDescription = "<p>Vombatternes vinterhi skal isoleres.</p>" });
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            itemId = item.ContentItemId;
        }

        var client = await SignInAsync(MedFixture.MemberUser);
        await fixture.CatchUpAsync();
        Assert.Equal([itemId], (await client.SearchAsync("vombatternes")).Ids);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            Assert.True((await content.UnpublishAsync(meetingId, (await content.GetAsync(meetingId, VersionOptions.Latest))!.ConcurrencyStamp)).Succeeded);
        }

        await fixture.CatchUpAsync();
        Assert.Equal(0, (await client.SearchAsync("vombatternes")).Total);
        Assert.DoesNotContain("Vombatternes", await client.SuggestAsync("vombat"));

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            Assert.True((await content.PublishAsync(meetingId, (await content.GetAsync(meetingId, VersionOptions.Latest))!.ConcurrencyStamp)).Succeeded);
        }

        await fixture.CatchUpAsync();
        Assert.Equal([itemId], (await client.SearchAsync("vombatternes")).Ids);
        Assert.Contains("Vombatternes vinterhi", await client.SuggestAsync("vombat"));
    }

    [Fact]
    public async Task A_word_only_in_an_attached_pdf_finds_its_item_while_the_item_links_it()
    {
        var linked = await UploadPdfAsync("Bilag om Pingvinpassagen og dens vedligehold");
        var unlinked = await UploadPdfAsync("Kladde om Kænguruvejen, som aldrig blev bilag");
        await SaveAttachmentsAsync(linked);
        await fixture.CatchUpAsync();
        var client = await SignInAsync(SearchFixture.OutsiderUser);

        var hit = Assert.Single((await client.SearchAsync("pingvinpassagen")).Hits);
        Assert.Equal(fixture.OpenItemId, hit.Id);
        Assert.Contains("<mark>Pingvinpassagen</mark>", hit.Snippet);

        // A file uploaded to the item that its published version does not link is not its text.
        Assert.Equal(0, (await client.SearchAsync("kænguruvejen")).Total);

        // Taken off the item, the bilag's words no longer find it.
        await SaveAttachmentsAsync();
        await fixture.CatchUpAsync();
        Assert.Equal(0, (await client.SearchAsync("pingvinpassagen")).Total);
    }

    /// <summary>
    /// A new agenda item's files are uploaded before the item exists and become its own after it is
    /// saved; an indexer that read the item in between missed their text, and takes it again.
    /// </summary>
    [Fact]
    public async Task A_file_that_becomes_an_item_s_own_after_its_save_is_searched_with_it()
    {
        var file = await UploadPdfAsync("Bilag om Flodhestenes badebro", owner: null);
        string itemId;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = await content.NewAsync(Portal.Med.MedTypes.AgendaItem);
            item.DisplayText = "Badebroen ved søen";
            item.Apply(new AgendaItemPart
            {
                MeetingId = fixture.MeetingId,
                Number = "22",
                CaseDescription = "<p>Broen trænger til nye planker.</p>",
                Attachments = [new AttachmentLink(file.FileName, MediaUrls.For(file))],
            });
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            itemId = item.ContentItemId;
        }

        await fixture.CatchUpAsync();
        var client = await SignInAsync(MedFixture.MemberUser);
        Assert.Equal(0, (await client.SearchAsync("flodhestenes")).Total);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            // What the caller has pending (as after a refused save) is not saved with it.
            scope.ServiceProvider.GetRequiredService<PortalDbContext>().Documents.Add(new Document { Name = "Test.Pending", Json = "{}" });
            Assert.True(await scope.ServiceProvider.GetRequiredService<IMediaService>().AttachAsync(file.Id, itemId));
        }

        await fixture.CatchUpAsync();
        Assert.Equal([itemId], (await client.SearchAsync("flodhestenes")).Ids);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Documents.AnyAsync(d => d.Name == "Test.Pending"));
        }
    }

    private Task<Portal.Media.Models.Attachment> UploadPdfAsync(string text) => UploadPdfAsync(text, fixture.OpenItemId);

    private async Task<Portal.Media.Models.Attachment> UploadPdfAsync(string text, string? owner)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var pdf = new PdfDocumentBuilder();
        pdf.AddPage(PageSize.A4).AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), pdf.AddStandard14Font(Standard14Font.Helvetica));
        using var stream = new MemoryStream(pdf.Build());
        var upload = await scope.ServiceProvider.GetRequiredService<IMediaService>().UploadAsync(new UploadRequest(stream, "bilag.pdf", MedFixture.SecretaryUser, owner));
        Assert.Null(upload.Error);
        return upload.Attachment!;
    }

    /// <summary>Publishes the open item with these files as its bilag (none: without bilag).</summary>
    private async Task SaveAttachmentsAsync(params Portal.Media.Models.Attachment[] attachments)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(fixture.OpenItemId, VersionOptions.Latest))!;
        var item = (await content.BeginEditAsync(fixture.OpenItemId, latest.ConcurrencyStamp))!;
        item.Alter<AgendaItemPart>(p => p.Attachments = [.. attachments.Select(a => new AttachmentLink(a.FileName, MediaUrls.For(a)))]);
        Assert.True((await content.SaveAsync(item, publish: true)).Succeeded);
    }

    /// <summary>Every hit of every page (in id order: equal scores may come in another order), the total and the facets.</summary>
    private static async Task<string> DescribeAsync(PortalClient client, string query)
    {
        var answer = await client.SearchAsync(query);
        var ids = answer.Ids.ToList();
        for (var page = 2; page <= answer.Pages; page++)
        {
            ids.AddRange((await client.SearchAsync(query, $"&page={page}")).Ids);
        }

        return $"{query} {answer.Total}: {string.Join(',', ids.Order(StringComparer.Ordinal))} | {Facets(answer)}";
    }

    private static string Facets(SearchAnswer answer) =>
        $"{string.Join(',', answer.Types.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value}"))}"
        + $" | {string.Join(',', answer.Committees.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value}"))} | {string.Join(',', answer.Years.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value}"))}";

    /// <summary>A published two-hour meeting of the test committee.</summary>
    private async Task<string> NewMeetingAsync(IContentManager content, string title, DateTime startsUtc, MeetingStatus status)
    {
        var meeting = await content.NewAsync(Portal.Med.MedTypes.Meeting);
        meeting.DisplayText = title;
        meeting.Apply(new MeetingPart
        {
            CommitteeId = fixture.CommitteeId,
            StartsUtc = startsUtc,
            EndsUtc = startsUtc.AddHours(2),
            Location = "Rådhuset",
            Status = status,
        });
        Assert.True((await content.CreateAsync(meeting, publish: true)).Succeeded);
        return meeting.ContentItemId;
    }

    private async Task<string> PublishItemAsync(string title)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(Portal.Med.MedTypes.AgendaItem);
        item.DisplayText = title;
        item.Apply(new AgendaItemPart { MeetingId = fixture.MeetingId, Number = "21", CaseDescription = $"<p>{title}</p>" });
        Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
        return item.ContentItemId;
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    private async Task<PortalClient> SignInAsync(string userName)
    {
        var client = fixture.Anonymous();
        await client.LoginAsync(userName, PortalFactory.DemoPassword);
        return client;
    }
}

public sealed class SqliteSearchIndexingTests(SearchFixture fixture) : SearchIndexingTests<SearchFixture>(fixture);

public sealed class PostgresSearchIndexingTests(PostgresSearchFixture fixture) : SearchIndexingTests<PostgresSearchFixture>(fixture);
