using Microsoft.EntityFrameworkCore;
using Portal.Contents.Following;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;

namespace Portal.Contents.Scheduling;

/// <summary>
/// What was planned for an item (and who follows it) follows what happens to it: published by hand,
/// a planned publish is done; taken down by hand, a planned unpublish is; removed, nothing is left.
/// </summary>
/// <remarks>On the database directly: the schedule itself uses the content manager, which runs this.</remarks>
internal sealed class PlansFollowTheItem(PortalDbContext db) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => ForgetAsync(context.ContentItem.ContentItemId, ScheduledAction.Publish);

    public Task UnpublishedAsync(ContentContext context) => ForgetAsync(context.ContentItem.ContentItemId, ScheduledAction.Unpublish);

    public async Task RemovedAsync(ContentContext context)
    {
        var id = context.ContentItem.ContentItemId;
        await db.Set<ScheduledChange>().Where(c => c.ContentItemId == id).ExecuteDeleteAsync();
        await db.Set<ContentFollow>().Where(f => f.ContentItemId == id).ExecuteDeleteAsync();
    }

    private Task<int> ForgetAsync(string contentItemId, ScheduledAction action) =>
        db.Set<ScheduledChange>().Where(c => c.ContentItemId == contentItemId && c.Action == action).ExecuteDeleteAsync();
}
