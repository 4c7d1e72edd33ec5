using Portal.Core.Data.Migrations;
using Portal.Workflows.Models;

namespace Portal.Workflows;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(
            typeof(WorkflowType),
            typeof(Workflow),
            typeof(WorkflowBlock),
            typeof(WorkflowTask),
            typeof(WorkflowTaskAssignee),
            typeof(WorkflowHistoryEntry),
            typeof(WorkflowEvent));
        return 2;
    }

    /// <summary>
    /// Version 2: messages go through the platform's notifications. The messages kept until then are
    /// taken over by the notifications module, which removes their table; an empty one simply goes.
    /// </summary>
    public async Task<int> UpdateFrom1Async()
    {
        if (await Schema.TableExistsAsync(OldNoticesTable) && await Schema.CountRowsAsync(OldNoticesTable) == 0)
        {
            await Schema.AlterAsync(m => m.DropTable(OldNoticesTable));
        }

        return 2;
    }

    /// <summary>Where version 1 kept the messages a workflow left for people.</summary>
    public const string OldNoticesTable = "WorkflowNotices";
}
