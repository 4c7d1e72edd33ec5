using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Indexing;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;

namespace Portal.Core.Content;

internal sealed class ContentManager(
    PortalDbContext db,
    IContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    IEnumerable<IContentIndexProvider> indexProviders,
    Visibility.ContentReaderWriter readers,
    TimeProvider clock,
    IHttpContextAccessor httpContextAccessor) : IContentManager
{
    /// <summary>How often a kept conflicting edit tries for a free version number.</summary>
    private const int KeepAttempts = 50;

    private readonly IContentHandler[] _handlers = [.. handlers];
    private readonly IContentIndexProvider[] _indexProviders = [.. indexProviders];
    private readonly HashSet<string> _readersToRefresh = new(StringComparer.Ordinal);

    private string? CurrentUserName => httpContextAccessor.HttpContext?.User.Identity?.Name;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ContentItem> NewAsync(string contentType)
    {
        _ = await definitions.GetTypeDefinitionAsync(contentType)
            ?? throw new ArgumentException($"Content type '{contentType}' is not defined.", nameof(contentType));
        var now = Now;
        return new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
            Owner = CurrentUserName,
            Author = CurrentUserName,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
    }

    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published) =>
        options == VersionOptions.Published
            ? db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Published)
            : db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Latest);

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId) =>
        db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId);

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId) =>
        await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId)
            .OrderByDescending(c => c.Number)
            .ToListAsync();

    public async Task<ContentOperationResult> CreateAsync(ContentItem item, bool publish)
    {
        var definition = await RequireDefinitionAsync(item.ContentType);
        item.Number = 1;
        item.Latest = true;
        item.Published = publish || !definition.Settings.Draftable;
        item.ModifiedUtc = Now;
        if (item.Published)
        {
            item.PublishedUtc = Now;
        }

        return await InTransactionAsync(async () =>
        {
            var context = new ContentContext(item);
            if (await RunAsync(h => h.CreatingAsync(context), context) is { } cancelled)
            {
                return cancelled;
            }

            if (item.Published && await RunAsync(h => h.PublishingAsync(context), context) is { } cancelledPublish)
            {
                return cancelledPublish;
            }

            db.ContentItems.Add(item);
            await RunAsync(h => h.CreatedAsync(context), context);
            if (item.Published)
            {
                await RunAsync(h => h.PublishedAsync(context), context);
            }

            return ContentOperationResult.Success(item);
        });
    }

    public async Task<ContentItem?> BeginEditAsync(string contentItemId, Guid expectedStamp)
    {
        var latest = await GetAsync(contentItemId, VersionOptions.Latest);
        if (latest is null)
        {
            return null;
        }

        var definition = await RequireDefinitionAsync(latest.ContentType);
        ExpectStamp(latest, expectedStamp);
        var newVersion = definition.Settings.Versionable || (definition.Settings.Draftable && latest.Published);
        if (!newVersion)
        {
            return latest;
        }

        var next = await NewVersionFromAsync(latest, latest);
        latest.Latest = false;
        return next;
    }

    public async Task<ContentOperationResult> SaveAsync(ContentItem version, bool publish)
    {
        var definition = await RequireDefinitionAsync(version.ContentType);
        publish = publish || !definition.Settings.Draftable;
        version.ModifiedUtc = Now;
        version.Author = CurrentUserName ?? version.Author;

        return await InTransactionAsync(async () =>
        {
            if (db.Entry(version).State == EntityState.Detached)
            {
                // A new version: the previous latest is demoted (and its stamp checked) before the
                // new row goes in, so the "one latest version" index holds at every statement.
                await FlushAsync();
                db.ContentItems.Add(version);
            }

            var context = new ContentContext(version) { StoredBefore = () => StoredBeforeAsync(version) };
            if (await RunAsync(h => h.UpdatingAsync(context), context) is { } cancelled)
            {
                return cancelled;
            }

            if (publish)
            {
                if (await PublishVersionAsync(version) is { } cancelledPublish)
                {
                    return cancelledPublish;
                }
            }
            await RunAsync(h => h.UpdatedAsync(context), context);
            if (publish)
            {
                await RunAsync(h => h.PublishedAsync(context), context);
            }

            return ContentOperationResult.Success(version);
        });
    }

    public async Task<ContentOperationResult> PublishAsync(string contentItemId, Guid expectedStamp)
    {
        var latest = await GetAsync(contentItemId, VersionOptions.Latest);
        if (latest is null)
        {
            return ContentOperationResult.NotFound();
        }

        ExpectStamp(latest, expectedStamp);
        if (latest.Published)
        {
            return ContentOperationResult.Success(latest);
        }

        return await InTransactionAsync(async () =>
        {
            if (await PublishVersionAsync(latest) is { } cancelled)
            {
                return cancelled;
            }
            var published = new ContentContext(latest);
            await RunAsync(h => h.PublishedAsync(published), published);
            return ContentOperationResult.Success(latest);
        });
    }

    public async Task<ContentOperationResult> UnpublishAsync(string contentItemId, Guid expectedStamp)
    {
        var latest = await GetAsync(contentItemId, VersionOptions.Latest);
        var published = await GetAsync(contentItemId, VersionOptions.Published);
        if (latest is null || published is null)
        {
            return latest is null ? ContentOperationResult.NotFound() : ContentOperationResult.Success(latest);
        }

        ExpectStamp(latest, expectedStamp);
        return await InTransactionAsync(async () =>
        {
            var context = new ContentContext(published);
            if (await RunAsync(h => h.UnpublishingAsync(context), context) is { } cancelled)
            {
                return cancelled;
            }

            published.Published = false;
            if (!ReferenceEquals(published, latest))
            {
                latest.ConcurrencyStamp = Guid.NewGuid();
            }

            await RunAsync(h => h.UnpublishedAsync(context), context);
            return ContentOperationResult.Success(latest);
        });
    }

    public async Task<ContentOperationResult> RemoveAsync(string contentItemId, Guid expectedStamp)
    {
        var latest = await GetAsync(contentItemId, VersionOptions.Latest);
        if (latest is null)
        {
            return ContentOperationResult.NotFound();
        }

        ExpectStamp(latest, expectedStamp);
        return await InTransactionAsync(async () =>
        {
            var context = new ContentContext(latest);
            if (await RunAsync(h => h.RemovingAsync(context), context) is { } cancelled)
            {
                return cancelled;
            }

            var live = await db.ContentItems
                .Where(c => c.ContentItemId == contentItemId && (c.Latest || c.Published))
                .ToListAsync();
            foreach (var version in live)
            {
                version.Latest = false;
                version.Published = false;
            }

            await RunAsync(h => h.RemovedAsync(context), context);
            return ContentOperationResult.Success(latest);
        });
    }

    public async Task<ContentOperationResult> RestoreAsync(string contentItemVersionId, Guid expectedLatestStamp)
    {
        var source = await GetVersionAsync(contentItemVersionId);
        if (source is null)
        {
            return ContentOperationResult.NotFound();
        }

        var latest = await GetAsync(source.ContentItemId, VersionOptions.Latest);
        if (latest is null)
        {
            return ContentOperationResult.NotFound();
        }

        ExpectStamp(latest, expectedLatestStamp);
        var definition = await RequireDefinitionAsync(source.ContentType);
        return await InTransactionAsync(async () =>
        {
            var restored = await NewVersionFromAsync(source, latest);
            restored.Comment = $"Gendannet fra version {source.Number}";
            latest.Latest = false;
            await FlushAsync();
            db.ContentItems.Add(restored);

            var publish = !definition.Settings.Draftable;
            if (publish && await PublishVersionAsync(restored) is { } cancelled)
            {
                return cancelled;
            }
            var context = new ContentVersionedContext(source, restored);
            await RunAsync(h => h.VersionedAsync(context), context);
            await RunAsync(h => h.UpdatedAsync(context), context);
            return ContentOperationResult.Success(restored);
        });
    }

    public async Task RefreshReadersAsync(string contentItemId)
    {
        var live = await db.ContentItems.Where(c => c.ContentItemId == contentItemId && (c.Latest || c.Published)).ToListAsync();
        await WriteReadersAsync(live);
        await db.SaveChangesAsync();
    }

    public async Task<ContentItem> KeepConflictingEditAsync(ContentItem rejectedEdit)
    {
        // The rejected edit may be a tracked row of the current latest version; keep a detached copy.
        var content = rejectedEdit.CloneContent();
        var displayText = rejectedEdit.DisplayText;
        db.ChangeTracker.Clear();

        var kept = new ContentItem
        {
            ContentItemId = rejectedEdit.ContentItemId,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = rejectedEdit.ContentType,
            DisplayText = displayText,
            Owner = rejectedEdit.Owner,
            Author = CurrentUserName ?? rejectedEdit.Author,
            CreatedUtc = rejectedEdit.CreatedUtc,
            ModifiedUtc = Now,
            Comment = "Ikke gemt på grund af en konflikt – kan gendannes",
            Content = content,
        };
        // Derived values (such as the display text) follow the kept content.
        await RunAsync(h => h.UpdatingAsync(new ContentContext(kept)), null);
        kept.SerializeContent();

        // The losers of one race all keep their edit at once and read the same highest number; the
        // unique (item, number) index lets one through per round and the others take the next one.
        for (var attempt = 1; ; attempt++)
        {
            kept.Id = 0;
            kept.Number = await NextNumberAsync(kept.ContentItemId);
            db.ContentItems.Add(kept);
            try
            {
                await FlushAsync();
                return kept;
            }
            catch (DbUpdateConcurrencyException) when (attempt < KeepAttempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 10 * attempt));
            }
        }
    }

    private async Task<ContentItem> NewVersionFromAsync(ContentItem source, ContentItem latest)
    {
        var next = new ContentItem
        {
            ContentItemId = latest.ContentItemId,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = latest.ContentType,
            DisplayText = source.DisplayText,
            Number = await NextNumberAsync(latest.ContentItemId),
            Latest = true,
            Published = false,
            Owner = latest.Owner,
            Author = CurrentUserName ?? latest.Author,
            CreatedUtc = latest.CreatedUtc,
            ModifiedUtc = Now,
            Content = source.CloneContent(),
        };
        return next;
    }

    /// <summary>The stored row of an edit in place (not yet written), else the version numbered before it.</summary>
    private Task<ContentItem?> StoredBeforeAsync(ContentItem version) =>
        db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == version.ContentItemId && (c.Id == version.Id || c.Number < version.Number))
            .OrderByDescending(c => c.Number)
            .FirstOrDefaultAsync();

    private async Task<int> NextNumberAsync(string contentItemId) =>
        1 + (await db.ContentItems.Where(c => c.ContentItemId == contentItemId).MaxAsync(c => (int?)c.Number) ?? 0);

    public async Task<string?> CheckPublishAsync(ContentItem version)
    {
        // Handlers may fill in the version they publish; they do it on a copy here.
        var copy = new ContentItem
        {
            ContentItemId = version.ContentItemId,
            ContentItemVersionId = version.ContentItemVersionId,
            ContentType = version.ContentType,
            DisplayText = version.DisplayText,
            Number = version.Number,
            Owner = version.Owner,
            Author = version.Author,
            CreatedUtc = version.CreatedUtc,
            ModifiedUtc = version.ModifiedUtc,
            Content = version.CloneContent(),
        };
        var context = new ContentContext(copy);
        foreach (var handler in _handlers)
        {
            await handler.PublishingAsync(context);
            if (context.CancelReason is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Makes <paramref name="version"/> the published version, unpublishing the previous one.</summary>
    private async Task<ContentOperationResult?> PublishVersionAsync(ContentItem version)
    {
        var previous = await db.ContentItems.FirstOrDefaultAsync(c =>
            c.ContentItemId == version.ContentItemId && c.Published && c.ContentItemVersionId != version.ContentItemVersionId);
        var context = new ContentContext(version) { PublishedBefore = previous };
        if (await RunAsync(h => h.PublishingAsync(context), context) is { } cancelled)
        {
            return cancelled;
        }

        if (previous is not null)
        {
            previous.Published = false;

            // Unpublishing first keeps the "one published version" index satisfied within the save.
            await FlushAsync();
        }

        version.Published = true;
        version.PublishedUtc = Now;
        return null;
    }

    /// <summary>
    /// Saves every changed version: its document serialized, a new concurrency stamp (the old one
    /// is what the UPDATE is checked against), its index rows and its readers written in the same
    /// transaction.
    /// </summary>
    private async Task FlushAsync()
    {
        var tracked = db.ChangeTracker.Entries<ContentItem>().ToList();
        foreach (var entry in tracked)
        {
            entry.Entity.SerializeContent();
        }

        db.ChangeTracker.DetectChanges();
        var changed = tracked.Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        foreach (var entry in changed)
        {
            if (entry.State == EntityState.Modified && !entry.Property(c => c.ConcurrencyStamp).IsModified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }

            foreach (var provider in _indexProviders)
            {
                await provider.UpdateAsync(entry.Entity, db);
            }

            await readers.WriteAsync(entry.Entity, db);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException && UniqueViolationTable(exception) is { } table)
        {
            if (table == "ContentItems")
            {
                // Two saves raced for the same version number or the "latest" slot: the later one lost.
                throw new DbUpdateConcurrencyException(exception.Message, exception);
            }

            // A module's index refused a value another item holds (such as a published address).
            var reason = changed.SelectMany(e => _indexProviders.Select(p => p.DescribeRefusal(e.Entity, table, db))).FirstOrDefault(r => r is not null);
            if (reason is null)
            {
                throw;
            }

            throw new ContentRefusedException(reason, exception);
        }
    }

    /// <summary>The table whose unique index refused the save, or null when it was not a unique violation.</summary>
    private static string? UniqueViolationTable(DbUpdateException exception) => exception.InnerException switch
    {
        // SQLite names it only in the message: "UNIQUE constraint failed: Table.Column, …".
        Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } sqlite =>
            sqlite.Message.Split("constraint failed: ", 2) is [_, var columns] ? columns.Split('.', 2)[0] : null,
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } postgres => postgres.TableName,
        _ => null,
    };

    private static void ExpectStamp(ContentItem latest, Guid expectedStamp)
    {
        if (latest.ConcurrencyStamp != expectedStamp)
        {
            throw new ContentConflictException(latest);
        }
    }

    private async Task<ContentTypeDefinition> RequireDefinitionAsync(string contentType) =>
        await definitions.GetTypeDefinitionAsync(contentType)
        ?? throw new InvalidOperationException($"Content type '{contentType}' is not defined.");

    private async Task<ContentOperationResult?> RunAsync(Func<IContentHandler, Task> step, ContentContext? context)
    {
        foreach (var handler in _handlers)
        {
            await step(handler);
            if (context?.CancelReason is { } reason)
            {
                return ContentOperationResult.Cancelled(reason);
            }
        }

        if (context is not null)
        {
            _readersToRefresh.UnionWith(context.ReadersToRefresh);
        }

        return null;
    }

    /// <summary>The items handlers asked to refresh, once this save's rows are written: their rules read those rows.</summary>
    private async Task RefreshDependentReadersAsync()
    {
        if (_readersToRefresh.Count == 0)
        {
            return;
        }

        var ids = _readersToRefresh.ToList();
        _readersToRefresh.Clear();
        var live = await db.ContentItems.AsNoTracking()
            .Where(c => ids.Contains(c.ContentItemId) && (c.Latest || c.Published))
            .ToListAsync();
        await WriteReadersAsync(live);
        await db.SaveChangesAsync();
    }

    /// <summary>Writes the versions' readers again and tells the handlers of each whose readers changed.</summary>
    private async Task WriteReadersAsync(IEnumerable<ContentItem> versions)
    {
        foreach (var version in versions)
        {
            if (await readers.WriteAsync(version, db))
            {
                var context = new ContentContext(version);
                foreach (var handler in _handlers)
                {
                    await handler.ReadersChangedAsync(context);
                }
            }
        }
    }

    private async Task<ContentOperationResult> InTransactionAsync(Func<Task<ContentOperationResult>> work)
    {
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        try
        {
            var result = await work();
            if (!result.Succeeded)
            {
                _readersToRefresh.Clear();
                if (owned is not null)
                {
                    await owned.RollbackAsync();
                }

                db.ChangeTracker.Clear();
                return result;
            }

            await FlushAsync();
            await RefreshDependentReadersAsync();
            if (owned is not null)
            {
                await owned.CommitAsync();
            }

            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            _readersToRefresh.Clear();
            if (owned is not null)
            {
                await owned.RollbackAsync();
            }

            throw new ContentConflictException(null);
        }
        catch (ContentRefusedException refused)
        {
            if (owned is not null)
            {
                await owned.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            return ContentOperationResult.Cancelled(refused.Message);
        }
        finally
        {
            _readersToRefresh.Clear();
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }
}

/// <summary>A module's unique index refused the save; the message says why, for the editor.</summary>
internal sealed class ContentRefusedException(string message, Exception inner) : Exception(message, inner);

/// <summary>A save based on a version that is no longer the latest. Nothing was written.</summary>
public sealed class ContentConflictException(ContentItem? current)
    : Exception("En anden har gemt en nyere version, mens du redigerede.")
{
    public ContentItem? Current { get; } = current;
}
