using Portal.Core.Data;
using Portal.Core.Workflows;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>Keeps a workflow's messages in each recipient's inbox, in the run's transaction.</summary>
internal sealed class WorkflowNoticeNotifier(PortalDbContext db, TimeProvider clock) : IWorkflowNotifier
{
    public async Task NotifyAsync(WorkflowNotification notification)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<WorkflowNotice>().AddRange(notification.Recipients.Select(userName => new WorkflowNotice
        {
            UserName = userName,
            Subject = Limit(notification.Subject, 300),
            Body = Limit(notification.Body, 4000),
            ContentItemId = notification.ContentItemId,
            Url = notification.Url,
            CreatedUtc = now,
        }));
        await db.SaveChangesAsync();
    }

    private static string Limit(string text, int length) => text.Length > length ? text[..length] : text;
}
