using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Med.Indexes;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>
/// Carrying a case on along its Sagsgang: a new item on a meeting of the next committee that keeps
/// the way so far, and the item remembers where it went. Callers hold the transaction, so both or neither.
/// </summary>
public sealed class CaseCarrying(IContentManager contentManager, PortalDbContext db, TimeProvider clock)
{
    /// <summary>The committee's next meeting still to be held (its minutes not out), or null.</summary>
    public async Task<ContentItem?> NextMeetingOfAsync(string committeeId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = await db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.Published && m.CommitteeId == committeeId && m.Status != MeetingStatus.MinutesPublished && m.StartsUtc >= now)
            .OrderBy(m => m.StartsUtc)
            .Select(m => m.ContentItemId)
            .FirstOrDefaultAsync();
        return id is null ? null : await contentManager.GetAsync(id);
    }

    /// <summary>Whether <paramref name="target"/> is a meeting the case may go on to from <paramref name="fromCommitteeId"/>.</summary>
    public static bool MayGoTo(AgendaItemPart part, string fromCommitteeId, ContentItem? target) =>
        Agenda.NextCommittee(part, fromCommitteeId) is { } next
        && target is not null
        && target.As<MeetingPart>().CommitteeId == next
        && target.As<MeetingPart>().Status != MeetingStatus.MinutesPublished;

    /// <summary>
    /// Makes the item on <paramref name="target"/> and records it on <paramref name="item"/>; the new
    /// item's id. A rule that refuses either is thrown as <see cref="CarryRefusedException"/>, for the
    /// caller to roll back.
    /// </summary>
    public async Task<string> CarryAsync(ContentItem item, string fromCommitteeId, ContentItem target)
    {
        var part = item.As<AgendaItemPart>();
        var next = target.As<MeetingPart>().CommitteeId;
        var carried = await contentManager.NewAsync(MedTypes.AgendaItem);
        carried.DisplayText = item.DisplayText;
        carried.Apply(item.As<Contents.Models.TitlePart>());
        carried.Apply(Agenda.CarryForward(part, fromCommitteeId, item.ContentItemId, target.ContentItemId));
        if (await contentManager.CreateAsync(carried, publish: true) is { Succeeded: false } refused)
        {
            throw new CarryRefusedException(refused.Message ?? "Punktet kunne ikke oprettes på mødet.");
        }

        var source = (await contentManager.BeginEditAsync(item.ContentItemId, item.ConcurrencyStamp))!;
        source.Alter<AgendaItemPart>(p => p.CarriedTo = new RouteStep(next, target.ContentItemId, carried.ContentItemId));
        if (await contentManager.SaveAsync(source, publish: true) is { Succeeded: false } notSaved)
        {
            throw new CarryRefusedException(notSaved.Message ?? "Punktet kunne ikke gemmes.");
        }

        return carried.ContentItemId;
    }
}

public sealed class CarryRefusedException(string message) : Exception(message);
