using Portal.Core.Data.Migrations;
using Portal.Notifications.Models;

namespace Portal.Notifications;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(
            typeof(NotificationEvent),
            typeof(Notification),
            typeof(MailMessage),
            typeof(NotificationPreference),
            typeof(DigestSchedule),
            typeof(NotificationTemplate));
        await TakeOverWorkflowNoticesAsync();
        return 1;
    }

    /// <summary>
    /// Before this module, the workflows kept their messages in a table of their own: they become
    /// notifications (at their time, read if they were, never mailed) and that table goes.
    /// </summary>
    private async Task TakeOverWorkflowNoticesAsync()
    {
        const string notices = "WorkflowNotices";
        if (!await Schema.TableExistsAsync(notices))
        {
            return;
        }

        await Schema.AlterAsync(m =>
        {
            m.Sql("""
                INSERT INTO "Notifications" ("UserName", "Type", "Subject", "Body", "ContentItemId", "Url", "Redacted", "CreatedUtc", "ReadUtc", "InDigest")
                SELECT "UserName", 'workflow.message', "Subject", "Body", "ContentItemId", "Url", FALSE, "CreatedUtc", "ReadUtc", FALSE
                FROM "WorkflowNotices" ORDER BY "Id"
                """);
            m.DropTable(notices);
        });
    }
}
