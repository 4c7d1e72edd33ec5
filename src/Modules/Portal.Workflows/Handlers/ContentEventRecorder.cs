using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Workflows.Activities;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Workflows.Handlers;

/// <summary>
/// Writes a content event for the workflows in the save's transaction, when a workflow type starts
/// on it or a workflow about the item waits for it; the pump hands it on after the save.
/// </summary>
internal sealed class ContentEventRecorder(PortalDbContext db, WorkflowTypeStore types, WorkflowEventPump pump, IHttpContextAccessor http, TimeProvider clock) : IContentHandler
{
    public Task CreatedAsync(ContentContext context) => RecordAsync(WorkflowEvents.ContentCreated, context);

    public Task UpdatedAsync(ContentContext context) => RecordAsync(WorkflowEvents.ContentUpdated, context);

    public Task PublishedAsync(ContentContext context) => RecordAsync(WorkflowEvents.ContentPublished, context);

    private async Task RecordAsync(string eventName, ContentContext context)
    {
        var item = context.ContentItem;
        var starts = (await types.EnabledAsync()).Any(t => t.Definition.Activities.Any(a => a.IsStart && a.Name == eventName));
        if (!starts && !await db.Set<WorkflowBlock>().AnyAsync(b => b.EventName == eventName && b.CorrelationId == item.ContentItemId))
        {
            return;
        }

        db.Set<WorkflowEvent>().Add(new WorkflowEvent
        {
            EventName = eventName,
            ContentItemId = item.ContentItemId,
            ContentType = item.ContentType,
            UserName = http.HttpContext?.User.Identity?.Name,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        pump.Wake();
    }
}
