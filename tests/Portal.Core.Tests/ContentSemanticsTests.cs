using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;

namespace Portal.Core.Tests;

/// <summary>Versioned content as editors experience it, against each database the portal supports.</summary>
public abstract class ContentSemanticsTests<THost>(THost host) : IClassFixture<THost>
    where THost : PortalTestHost
{
    [Fact]
    public async Task A_new_draft_is_latest_but_not_published()
    {
        var id = await CreateNoteAsync("Udkast", publish: false);

        await using var scope = host.Scope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        Assert.Null(await content.GetAsync(id));
        var latest = await content.GetAsync(id, VersionOptions.Latest);
        Assert.NotNull(latest);
        Assert.False(latest.Published);
        Assert.Equal(1, latest.Number);
    }

    [Fact]
    public async Task Editing_a_published_item_keeps_the_published_version_until_the_draft_is_published()
    {
        var id = await CreateNoteAsync("Første udgave", publish: true);

        await EditAsync(id, "Anden udgave", publish: false);
        var versions = await VersionsAsync(id);
        Assert.Equal(2, versions.Count);
        Assert.Equal("Første udgave", (await PublishedAsync(id))!.As<NotePart>().Text);
        Assert.Equal("Anden udgave", (await LatestAsync(id))!.As<NotePart>().Text);
        AssertOnePublishedOneLatest(versions);

        await using (var scope = host.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            Assert.True((await content.PublishAsync(id, latest.ConcurrencyStamp)).Succeeded);
        }

        versions = await VersionsAsync(id);
        Assert.Equal("Anden udgave", (await PublishedAsync(id))!.As<NotePart>().Text);
        Assert.False(versions.Single(v => v.Number == 1).Published);
        AssertOnePublishedOneLatest(versions);
    }

    [Fact]
    public async Task Unpublishing_leaves_the_latest_version_as_a_draft()
    {
        var id = await CreateNoteAsync("Synlig", publish: true);

        await using (var scope = host.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            Assert.True((await content.UnpublishAsync(id, latest.ConcurrencyStamp)).Succeeded);
        }

        Assert.Null(await PublishedAsync(id));
        Assert.Equal("Synlig", (await LatestAsync(id))!.As<NotePart>().Text);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_latest_version_with_its_content()
    {
        var id = await CreateNoteAsync("Version et", publish: true);
        await EditAsync(id, "Version to", publish: true);
        var first = (await VersionsAsync(id)).Single(v => v.Number == 1);

        await using (var scope = host.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            var result = await content.RestoreAsync(first.ContentItemVersionId, latest.ConcurrencyStamp);
            Assert.True(result.Succeeded);
            Assert.Equal(3, result.Item!.Number);
        }

        var versions = await VersionsAsync(id);
        Assert.Equal(3, versions.Count);
        Assert.Equal("Version et", (await LatestAsync(id))!.As<NotePart>().Text);
        Assert.Equal("Version to", (await PublishedAsync(id))!.As<NotePart>().Text);
        Assert.Contains("version 1", versions.Single(v => v.Number == 3).Comment);
        AssertOnePublishedOneLatest(versions);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_writes_nothing()
    {
        var id = await CreateNoteAsync("Original", publish: true);
        Guid staleStamp;
        await using (var scope = host.Scope())
        {
            staleStamp = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!.ConcurrencyStamp;
        }

        await EditAsync(id, "Kollegaens ændring", publish: false);
        var before = await VersionsAsync(id);

        await using (var scope = host.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            await Assert.ThrowsAsync<ContentConflictException>(() => content.BeginEditAsync(id, staleStamp));
        }

        var after = await VersionsAsync(id);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal("Kollegaens ændring", (await LatestAsync(id))!.As<NotePart>().Text);
    }

    [Fact]
    public async Task Of_two_simultaneous_edits_from_the_same_version_only_the_first_is_saved()
    {
        var id = await CreateNoteAsync("Fælles udgangspunkt", publish: true);
        Guid stamp;
        await using (var scope = host.Scope())
        {
            stamp = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!.ConcurrencyStamp;
        }

        await using var first = host.Scope();
        await using var second = host.Scope();
        var firstManager = first.ServiceProvider.GetRequiredService<IContentManager>();
        var secondManager = second.ServiceProvider.GetRequiredService<IContentManager>();
        var firstEdit = (await firstManager.BeginEditAsync(id, stamp))!;
        var secondEdit = (await secondManager.BeginEditAsync(id, stamp))!;
        firstEdit.Alter<NotePart>(p => p.Text = "Først");
        secondEdit.Alter<NotePart>(p => p.Text = "Sidst");

        Assert.True((await firstManager.SaveAsync(firstEdit, publish: false)).Succeeded);
        await Assert.ThrowsAsync<ContentConflictException>(() => secondManager.SaveAsync(secondEdit, publish: false));

        var kept = await secondManager.KeepConflictingEditAsync(secondEdit);
        var versions = await VersionsAsync(id);
        Assert.Equal("Først", (await LatestAsync(id))!.As<NotePart>().Text);
        Assert.Equal("Sidst", versions.Single(v => v.ContentItemVersionId == kept.ContentItemVersionId).As<NotePart>().Text);
        AssertOnePublishedOneLatest(versions);
    }

    [Fact]
    public async Task The_database_refuses_a_second_published_version_of_an_item()
    {
        var id = await CreateNoteAsync("Kun én udgivet", publish: true);

        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var published = await db.ContentItems.AsNoTracking().SingleAsync(c => c.ContentItemId == id && c.Published);
        db.ContentItems.Add(new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = published.ContentType,
            Number = 99,
            Published = true,
            Data = published.Data,
        });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Index_rows_follow_each_version_and_its_flags()
    {
        var id = await CreateNoteAsync("Indekseret", publish: true, category: "referat");
        await EditAsync(id, "Indekseret", publish: false, category: "dagsorden");

        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await db.Set<NoteIndex>().AsNoTracking().Where(r => r.ContentItemId == id).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal("referat", rows.Single(r => r.Published).Category);
        Assert.Equal("dagsorden", rows.Single(r => r.Latest).Category);

        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
        await content.RemoveAsync(id, latest.ConcurrencyStamp);
        var afterRemove = await db.Set<NoteIndex>().AsNoTracking().Where(r => r.ContentItemId == id).ToListAsync();
        Assert.DoesNotContain(afterRemove, r => r.Latest || r.Published);
        Assert.Equal(2, (await VersionsAsync(id)).Count);
    }

    [Fact]
    public async Task A_handler_can_refuse_publishing_and_nothing_is_saved()
    {
        await using var scope = host.Scope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Note");
        item.Alter<NotePart>(p => p.Text = "Denne note må ikke udgives");

        var result = await content.CreateAsync(item, publish: true);

        Assert.Equal(ContentOperationStatus.Cancelled, result.Status);
        Assert.Equal("Noten må ikke udgives.", result.Message);
        Assert.Empty(await VersionsAsync(item.ContentItemId));
    }

    [Fact]
    public async Task Content_events_are_raised_for_each_operation()
    {
        var id = await CreateNoteAsync("Hændelser", publish: true);
        await EditAsync(id, "Hændelser 2", publish: true);

        var events = host.Services.GetRequiredService<EventLog>().Events.Where(e => e.EndsWith(id, StringComparison.Ordinal)).ToList();
        Assert.Equal(["Created:" + id, "Published:" + id, "Updated:" + id, "Published:" + id], events);
    }

    [Fact]
    public async Task Definitions_are_altered_by_migration_steps_that_each_run_once()
    {
        await using var scope = host.Scope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var note = await definitions.GetTypeDefinitionAsync("Note");
        Assert.NotNull(note);
        Assert.True(note.Settings.Draftable);
        Assert.Equal(FieldTypes.DateTime, note.GetField("Deadline")?.FieldType);

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var version = await db.SchemaVersions.AsNoTracking().SingleAsync(v => v.ModuleId == "Portal.Core.Tests");
        Assert.Equal(2, version.Version);

        var runs = host.Services.GetRequiredService<MigrationRuns>();
        Assert.Equal(1, runs.Creates);
        await host.Services.GetRequiredService<Portal.Core.Data.Migrations.SchemaMigrator>().MigrateAsync();
        Assert.Equal(1, runs.Creates);
        Assert.Equal(2, (await db.SchemaVersions.AsNoTracking().SingleAsync(v => v.ModuleId == "Portal.Core.Tests")).Version);
    }

    [Fact]
    public async Task Fields_added_at_run_time_are_stored_with_the_item()
    {
        await using var scope = host.Scope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Note");
        var deadline = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        item.SetField("Deadline", new DateTimeField { Value = deadline });
        await content.CreateAsync(item, publish: true);

        await using var readScope = host.Scope();
        var read = await readScope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(item.ContentItemId);
        Assert.Equal(deadline, read!.GetField<DateTimeField>("Deadline").Value);
    }

    private async Task<string> CreateNoteAsync(string text, bool publish, string category = "")
    {
        await using var scope = host.Scope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Note");
        item.DisplayText = text;
        item.Alter<NotePart>(p =>
        {
            p.Text = text;
            p.Category = category;
        });
        var result = await content.CreateAsync(item, publish);
        Assert.True(result.Succeeded, result.Message);
        return item.ContentItemId;
    }

    private async Task EditAsync(string id, string text, bool publish, string? category = null)
    {
        await using var scope = host.Scope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
        var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
        version.Alter<NotePart>(p =>
        {
            p.Text = text;
            p.Category = category ?? p.Category;
        });
        var result = await content.SaveAsync(version, publish);
        Assert.True(result.Succeeded, result.Message);
    }

    private async Task<IReadOnlyList<ContentItem>> VersionsAsync(string id)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id);
    }

    private async Task<ContentItem?> PublishedAsync(string id)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id);
    }

    private async Task<ContentItem?> LatestAsync(string id)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
    }

    private static void AssertOnePublishedOneLatest(IReadOnlyList<ContentItem> versions)
    {
        Assert.True(versions.Count(v => v.Published) <= 1, "more than one published version");
        Assert.Equal(1, versions.Count(v => v.Latest));
    }
}

public sealed class SqliteContentSemanticsTests(SqliteHost host) : ContentSemanticsTests<SqliteHost>(host);

public sealed class PostgresContentSemanticsTests(PostgresHost host) : ContentSemanticsTests<PostgresHost>(host);
