using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// When the rules in force differ from those the stored readers were written under (a module with
/// rules enabled or disabled, a rule changed, an older database), every version gets its readers
/// again before the first request, so no reader ever answers from an old rule. A new database has
/// no record yet: everything in it was written under the rules in force.
/// </summary>
internal sealed class VisibilityRulesRefresh(PortalDbContext db, ContentReaderWriter writer, ILogger<VisibilityRulesRefresh> logger) : IPortalStartupTask
{
    public const string DocumentName = "VisibilityRules";
    private const int BatchSize = 500;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
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

        logger.LogInformation("Visibility rules changed; applying them to every content version");
        var applied = 0;
        long lastId = 0;
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
                await writer.WriteAsync(version, db);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            applied += batch.Count;
            lastId = batch[^1].Id;
        }

        document = await db.Documents.FirstAsync(d => d.Name == DocumentName, cancellationToken);
        document.Json = stamp;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Visibility rules applied to {Count} content versions", applied);
    }
}
