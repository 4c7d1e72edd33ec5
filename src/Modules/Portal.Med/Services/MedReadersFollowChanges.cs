using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Med.Indexes;

namespace Portal.Med.Services;

/// <summary>
/// An agenda item's readers depend on its meeting (status, committee) and on the committee's granted
/// roles: when those change, the items' readers are written again in the same save.
/// </summary>
internal sealed class MedReadersFollowChanges(PortalDbContext db) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => FollowAsync(context);

    public Task UpdatedAsync(ContentContext context) => FollowAsync(context);

    public Task UnpublishedAsync(ContentContext context) => FollowAsync(context);

    public Task RemovedAsync(ContentContext context) => FollowAsync(context);

    private async Task FollowAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        var items = context.ContentItem.ContentType switch
        {
            MedTypes.Meeting => await db.Set<AgendaItemIndex>().AsNoTracking()
                .Where(i => i.MeetingId == id && (i.Latest || i.Published))
                .Select(i => i.ContentItemId)
                .Distinct()
                .ToListAsync(),
            MedTypes.Committee => await (
                from item in db.Set<AgendaItemIndex>().AsNoTracking()
                join meeting in db.Set<MeetingIndex>().AsNoTracking() on item.MeetingId equals meeting.ContentItemId
                where meeting.CommitteeId == id && (meeting.Latest || meeting.Published) && item.IsClosed && (item.Latest || item.Published)
                select item.ContentItemId).Distinct().ToListAsync(),
            _ => [],
        };
        context.RefreshReadersOf(items);
    }
}
