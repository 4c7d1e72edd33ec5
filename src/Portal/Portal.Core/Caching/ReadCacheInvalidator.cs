using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Core.Data;

namespace Portal.Core.Caching;

/// <summary>
/// Raises <see cref="ReadCacheSignal"/> once a write is committed: after SaveChanges on its own, or
/// when the transaction around it commits. Not before, or a reader in between could cache what
/// was about to change. Writes are rare next to reads, so any committed write counts, except the
/// bookkeeping saved through <see cref="OperationalWrites.SaveOperationalChangesAsync"/>.
/// </summary>
internal sealed class ReadCacheInvalidator(ReadCacheSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Pending = new();
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WrittenAsync(eventData.Context, result);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WrittenAsync(eventData.Context, result).GetAwaiter().GetResult();
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.Remove(context))
        {
            await signal.ChangedAsync();
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private async Task WrittenAsync(DbContext? context, int rows)
    {
        if (context is null || rows == 0 || context is PortalDbContext { SavingOperationalRows: true })
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            await signal.ChangedAsync();
        }
        else
        {
            _pending.AddOrUpdate(context, Pending);
        }
    }
}
