using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.AuditTrail.Models;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Display;

namespace Portal.AuditTrail.Services;

/// <summary>Bound from <c>AuditTrail</c>.</summary>
public sealed class AuditTrailOptions
{
    /// <summary>How long records are kept; five years by default.</summary>
    public int RetentionDays { get; set; } = 1826;
}

/// <summary>Deletes records older than the retention period, and records that it did.</summary>
internal sealed class AuditRetention(PortalDbContext db, IAuditTrail audit, IOptions<AuditTrailOptions> options, TimeProvider clock)
{
    /// <summary>How many records were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var days = Math.Max(1, options.Value.RetentionDays);
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Set<AuditRecord>().Where(r => r.CreatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            var day = DanishClock.Local(cutoff).ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));
            await audit.RecordAsync(
                new AuditEvent(AuditKinds.AuditPurged, $"{deleted} {(deleted == 1 ? "post" : "poster")} ældre end {day} slettet (opbevaringstid {days} dage)", DatabaseAuditTrail.SystemUser),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
