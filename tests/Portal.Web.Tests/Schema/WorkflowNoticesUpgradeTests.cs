using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Notifications.Models;

namespace Portal.Web.Tests.Schema;

/// <summary>
/// Before the notifications module, the workflows kept their messages in a table of their own. A
/// database of that time, upgraded, keeps every message: each becomes a notification of its
/// recipient, at its time and read if it was, and the old table is gone.
/// </summary>
public abstract class WorkflowNoticesUpgradeTests(string provider)
{
    [Fact]
    public async Task Messages_kept_by_the_workflows_before_become_notifications()
    {
        await using var portal = new UpgradePortal(provider);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var old = SchemaSnapshots.Load(provider, "Portal.Workflows", 1) ?? throw new InvalidOperationException("No snapshot of Portal.Workflows version 1.");
            await SchemaDowngrade.ApplyAsync(db, "Portal.Workflows", 1, SchemaSnapshots.Current(db, "Portal.Workflows"), old);

            // And the notifications module not installed yet.
            foreach (var table in new[] { "NotificationEvents", "Notifications", "MailMessages", "NotificationPreferences", "DigestSchedules", "NotificationTemplates" })
            {
                var drop = "DROP TABLE \"" + table + "\"";
                await db.Database.ExecuteSqlRawAsync(drop);
            }

            await db.SchemaVersions.Where(v => v.ModuleId == "Portal.Notifications").ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "WorkflowNotices" ("UserName", "Subject", "Body", "ContentItemId", "Url", "CreatedUtc", "ReadUtc")
                VALUES ('redaktoer', 'Æbleskiver er godkendt og udgivet', 'Godkendt af formanden.', NULL, NULL, {0}, NULL),
                       ('redaktoer', 'Ældre besked', 'Læst for længe siden.', NULL, NULL, {1}, {1})
                """,
                new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 11, 10, 8, 0, 0, DateTimeKind.Utc));
        }

        await portal.Services.GetRequiredService<PortalInitializer>().InitializeAsync();

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var taken = await db.Set<Notification>().AsNoTracking().Where(n => n.UserName == "redaktoer" && n.Type == "workflow.message").OrderBy(n => n.CreatedUtc).ToListAsync();
            Assert.Collection(
                taken,
                older => Assert.Equal(("Ældre besked", new DateTime(2026, 11, 10, 8, 0, 0)), (older.Subject, older.ReadUtc!.Value)),
                newer => Assert.Equal(("Æbleskiver er godkendt og udgivet", "Godkendt af formanden.", (DateTime?)null), (newer.Subject, newer.Body, newer.ReadUtc)));
            Assert.DoesNotContain("WorkflowNotices", await SchemaCatalog.TablesAsync(db));
            Assert.Equal(0, await db.Set<MailMessage>().CountAsync());
        }

        var page = WebUtility.HtmlDecode(await (await portal.LoginAsync("redaktoer")).GetPageAsync("/notifications"));
        Assert.Contains("Æbleskiver er godkendt og udgivet", page, StringComparison.Ordinal);
    }

    private sealed class UpgradePortal(string provider) : PortalFactory(provider);
}

public sealed class SqliteWorkflowNoticesUpgradeTests() : WorkflowNoticesUpgradeTests("Sqlite");

public sealed class PostgresWorkflowNoticesUpgradeTests() : WorkflowNoticesUpgradeTests("Postgres");
