using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// When the rules in force differ from those the stored readers were written under (a module with
/// rules enabled or disabled, a rule changed, an older database), every version gets its readers
/// again before the first request, so no reader ever answers from an old rule. A new database has
/// no record yet: everything in it was written under the rules in force. Nodes starting together
/// take turns (PostgreSQL advisory lock), and a start cut short resumes where it stopped.
/// </summary>
internal sealed class VisibilityRulesRefresh(PortalDbContext db, ContentReaderWriter writer, IEnumerable<Handlers.IContentHandler> handlers, ILogger<VisibilityRulesRefresh> logger) : IPortalStartupTask
{
    public const string DocumentName = "VisibilityRules";
    private const string ProgressName = "VisibilityRules.Progress";
    private const int BatchSize = 500;
    private const long LockKey = 0x4d45445f52554c45; // "MED_RULE"

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            }

            await RefreshAsync(cancellationToken);
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var stamp = writer.RulesStamp;
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Name == DocumentName, cancellationToken);
        if (document is null)
        {
            db.Documents.Add(new Document { Name = DocumentName, Json = stamp });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (document.Json == stamp)
        {
            return;
        }

        var progress = await db.Documents.FirstOrDefaultAsync(d => d.Name == ProgressName, cancellationToken);
        var lastId = progress?.Json is { } saved && saved.StartsWith(stamp + "|", StringComparison.Ordinal)
            ? long.Parse(saved[(stamp.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        logger.LogInformation("Visibility rules changed; applying them to every content version from row {LastId}", lastId);
        var applied = 0;
        while (true)
        {
            var batch = await db.ContentItems.AsNoTracking()
                .Where(c => c.Id > lastId)
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var version in batch)
            {
                if (await writer.WriteAsync(version, db))
                {
                    var context = new Handlers.ContentContext(version);
                    foreach (var handler in handlers)
                    {
                        await handler.ReadersChangedAsync(context);
                    }
                }
            }

            lastId = batch[^1].Id;
            progress ??= db.Documents.Add(new Document { Name = ProgressName, Json = "" }).Entity;
            progress.Json = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stamp}|{lastId}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied += batch.Count;

            // Keep memory flat on a large database: forget the batch, keep the two documents.
            db.ChangeTracker.Clear();
            document = await db.Documents.FirstAsync(d => d.Name == DocumentName, cancellationToken);
            progress = await db.Documents.FirstAsync(d => d.Name == ProgressName, cancellationToken);
        }

        document.Json = stamp;
        if (progress is not null)
        {
            db.Documents.Remove(progress);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Visibility rules applied to {Count} content versions", applied);
    }
}
