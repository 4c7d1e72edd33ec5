using Portal.Contents.Following;
using Portal.Core.Content.Handlers;

namespace Portal.Contents.Scheduling;

/// <summary>
/// What was planned for an item (and who follows it) follows what happens to it: published by hand,
/// a planned publish is done; taken down by hand, a planned unpublish is; removed, nothing is left.
/// </summary>
internal sealed class PlansFollowTheItem(ContentSchedule schedule, Follows follows) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => schedule.ForgetAsync(context.ContentItem.ContentItemId, ScheduledAction.Publish);

    public Task UnpublishedAsync(ContentContext context) => schedule.ForgetAsync(context.ContentItem.ContentItemId, ScheduledAction.Unpublish);

    public async Task RemovedAsync(ContentContext context)
    {
        await schedule.ForgetAsync(context.ContentItem.ContentItemId);
        await follows.ForgetAsync(context.ContentItem.ContentItemId);
    }
}
