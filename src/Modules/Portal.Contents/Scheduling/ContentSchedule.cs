using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Contents.Scheduling;

/// <summary>
/// Planned publishing and unpublishing: what is planned for an item, planning and cancelling, and
/// carrying out whatever has come due by the portal's clock. Carrying out goes through the content
/// manager, so a scheduled publish is checked and cached exactly like one an editor clicks.
/// </summary>
public sealed class ContentSchedule(PortalDbContext db, IContentManager contents, ScheduleWakeUps wakeUps, TimeProvider clock, ILogger<ContentSchedule> logger)
{
    private const int MaxRefusal = 500;
    private static readonly TimeSpan WakeUpTolerance = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<ScheduledChange>> ForItemAsync(string contentItemId) =>
        await db.Set<ScheduledChange>().AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId)
            .OrderBy(c => c.DueUtc)
            .ToListAsync();

    /// <summary>Plans <paramref name="action"/> at <paramref name="dueUtc"/>, replacing an earlier plan; null cancels it.</summary>
    public async Task SetAsync(string contentItemId, ScheduledAction action, DateTime? dueUtc, string? user)
    {
        var existing = await db.Set<ScheduledChange>().FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Action == action);
        if (dueUtc is null)
        {
            if (existing is not null)
            {
                db.Remove(existing);
                await db.SaveChangesAsync();
            }

            return;
        }

        existing ??= db.Add(new ScheduledChange { ContentItemId = contentItemId, Action = action }).Entity;
        existing.DueUtc = dueUtc.Value;
        existing.ScheduledBy = user;
        existing.ScheduledUtc = clock.GetUtcNow().UtcDateTime;
        existing.Refusal = null;
        await db.SaveChangesAsync();
        await wakeUps.WakeAtAsync(dueUtc.Value);
    }

    /// <summary>Carries out every change whose time has come, oldest first. Returns how many were carried out.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        // A wake-up may come a moment before its time.
        var now = clock.GetUtcNow().UtcDateTime.Add(WakeUpTolerance);
        var due = await db.Set<ScheduledChange>().AsNoTracking()
            .Where(c => c.DueUtc <= now && c.Refusal == null)
            .OrderBy(c => c.DueUtc)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var done = 0;
        foreach (var change in due)
        {
            // Each change on its own: one that fails waits for the next run, the others go ahead.
            string? refusal;
            try
            {
                refusal = await CarryOutAsync(change);
            }
            catch (ContentConflictException)
            {
                // Someone saved the item at this very moment (or another node carried it out).
                logger.LogInformation("Scheduled {Action} of {ContentItemId} met a concurrent save; trying again on the next run", change.Action, change.ContentItemId);
                db.ChangeTracker.Clear();
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scheduled {Action} of {ContentItemId} failed; trying again on the next run", change.Action, change.ContentItemId);
                db.ChangeTracker.Clear();
                continue;
            }

            // Only the plan that was carried out: one the editor made meanwhile stays.
            var carriedOut = db.Set<ScheduledChange>().Where(c => c.Id == change.Id && c.DueUtc == change.DueUtc && c.ScheduledUtc == change.ScheduledUtc);
            if (refusal is null)
            {
                await carriedOut.ExecuteDeleteAsync(cancellationToken);
                done++;
            }
            else
            {
                var shown = refusal.Length <= MaxRefusal ? refusal : refusal[..(MaxRefusal - 1)] + "…";
                await carriedOut.ExecuteUpdateAsync(c => c.SetProperty(r => r.Refusal, shown), cancellationToken);
            }
        }

        return done;
    }

    /// <summary>The next times something is planned, so the scheduler can be woken for each after a start.</summary>
    public async Task<IReadOnlyList<DateTime>> UpcomingAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ScheduledChange>().AsNoTracking()
            .Where(c => c.DueUtc > now)
            .Select(c => c.DueUtc)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Null when done (or nothing was left to do); otherwise why a rule refused it.</summary>
    private async Task<string?> CarryOutAsync(ScheduledChange change)
    {
        var latest = await contents.GetAsync(change.ContentItemId, VersionOptions.Latest);
        if (latest is null)
        {
            return null;
        }

        ContentOperationResult? result = null;
        if (change.Action == ScheduledAction.Publish && !latest.Published)
        {
            result = await contents.PublishAsync(change.ContentItemId, latest.ConcurrencyStamp);
        }
        else if (change.Action == ScheduledAction.Unpublish && await contents.GetAsync(change.ContentItemId) is not null)
        {
            result = await contents.UnpublishAsync(change.ContentItemId, latest.ConcurrencyStamp);
        }

        if (result is { Succeeded: false })
        {
            // A rule refused it (a story without an image, say). The draft is kept as it was, and
            // the editor sees on the item why it was not published.
            logger.LogWarning("Scheduled {Action} of {ContentItemId} was refused: {Message}", change.Action, change.ContentItemId, result.Message);
            return result.Message ?? "Handlingen blev afvist.";
        }

        if (result is not null)
        {
            logger.LogInformation("Carried out the scheduled {Action} of {ContentItemId}", change.Action, change.ContentItemId);
        }

        return null;
    }
}
