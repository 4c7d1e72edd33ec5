using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

public enum ItemHistoryAccessStatus
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <summary>Whether the user may see the item's history; when allowed, its latest version.</summary>
public sealed record ItemHistoryAccess(ItemHistoryAccessStatus Status, ContentItem? Latest = null);

/// <summary>How a restore went, with the Danish message for the user.</summary>
public sealed record ItemRestoreResult(bool Found, NotificationKind Kind, string Message)
{
    public static readonly ItemRestoreResult NotFound = new(false, NotificationKind.Error, "");
}

/// <summary>
/// An agenda item's history for those who prepare its meeting: its versions, two of them compared
/// section by section, and an older one restored as a new version. Who may see it is decided as in
/// the item editor (the committee's secretaries and MED managers, and of those only who may read
/// the item in full), and every version is read through the visibility API.
/// </summary>
public sealed class ItemHistory(
    PortalDbContext db,
    IContentVisibility visibility,
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    MedEditing editing,
    VersionComparer comparer)
{
    public async Task<ItemHistoryAccess> AccessAsync(ClaimsPrincipal user, string id)
    {
        // Whether the item exists and whose meeting it is on come from the index rows (ids, no
        // content), so the answer is 404 or 403 exactly as in the item editor.
        var meetingId = await db.Set<AgendaItemIndex>().AsNoTracking()
            .Where(r => r.ContentItemId == id && r.Latest)
            .Select(r => r.MeetingId)
            .FirstOrDefaultAsync();
        if (meetingId is null)
        {
            return new(ItemHistoryAccessStatus.NotFound);
        }

        var committeeId = await db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.ContentItemId == meetingId && m.Latest)
            .Select(m => m.CommitteeId)
            .FirstOrDefaultAsync();
        if (committeeId is null || !await editing.CanEditAsync(user, committeeId))
        {
            return new(ItemHistoryAccessStatus.Forbidden);
        }

        // Preparing meetings does not open closed items: only those who may read the item see its history.
        return await visibility.ReadAsync(user, id, VersionOptions.Latest, MedTypes.AgendaItem) is { } latest
            ? new(ItemHistoryAccessStatus.Allowed, latest)
            : new(ItemHistoryAccessStatus.Forbidden);
    }

    /// <summary>The versions the user may read in full, newest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> VersionsAsync(ClaimsPrincipal user, string id) =>
        await visibility.Versions(await visibility.KeysOfAsync(user))
            .Where(c => c.ContentItemId == id)
            .OrderByDescending(c => c.Number)
            .ToListAsync();

    /// <summary>The sections of both versions side by side; a section empty in both (most items use only some) is left out.</summary>
    public async Task<IReadOnlyList<ComparedValue>> CompareAsync(ContentItem left, ContentItem right) =>
        [.. (await comparer.CompareAsync(left, right, await definitions.GetTypeDefinitionAsync(MedTypes.AgendaItem)))
            .Where(v => v.Left.Length > 0 || v.Right.Length > 0)];

    /// <summary>
    /// Makes a new latest version with the content of an older one and publishes it, as the item
    /// editor publishes every save; the versions in between stay in the history. Refused, with
    /// nothing written, when someone saved the item after <paramref name="stamp"/> was read.
    /// </summary>
    public async Task<ItemRestoreResult> RestoreAsync(ClaimsPrincipal user, ContentItem latest, string versionId, Guid stamp)
    {
        if (await visibility.GetVersionAsync(user, versionId) is not { } source || source.ContentItemId != latest.ContentItemId)
        {
            return ItemRestoreResult.NotFound;
        }

        if (source.ContentItemVersionId == latest.ContentItemVersionId)
        {
            return new(true, NotificationKind.Info, $"Version {source.Number} er allerede den nyeste. Intet er ændret.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            var restored = await contentManager.RestoreAsync(versionId, stamp);
            var published = restored.Succeeded ? await contentManager.PublishAsync(latest.ContentItemId, restored.Item!.ConcurrencyStamp) : restored;
            if (!published.Succeeded)
            {
                await RollbackAsync(transaction);
                return new(true, NotificationKind.Error, $"Version {source.Number} kunne ikke gendannes. {published.Message} Intet er ændret.");
            }

            await transaction.CommitAsync();
            return new(true, NotificationKind.Success, $"Version {source.Number} er gendannet som version {restored.Item!.Number}. Den hidtidige version er bevaret i historikken.");
        }
        catch (ContentConflictException)
        {
            await RollbackAsync(transaction);
            return new(true, NotificationKind.Warning, "En anden har gemt punktet, siden du åbnede historikken. Intet er gendannet; se den nyeste version, og prøv igen.");
        }
    }

    /// <summary>Nothing of the attempt stays, in the database or in this request's unit of work.</summary>
    private async Task RollbackAsync(IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync();
        db.ChangeTracker.Clear();
    }
}
