using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.AuditTrail.Models;

namespace Portal.AuditTrail.Services;

/// <summary>
/// Refuses any save that would change or delete a record: the history can only grow. Only the
/// retention purge deletes, with a statement of its own that is recorded itself.
/// </summary>
internal sealed class AppendOnlyRecords : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<AuditRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new AuditRecordsAreAppendOnlyException();
        }
    }
}

public sealed class AuditRecordsAreAppendOnlyException()
    : InvalidOperationException("Historikken kan ikke ændres eller slettes. Intet er gemt.");
