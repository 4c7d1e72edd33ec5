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
            typeof(WorkflowEvent),
            typeof(WorkflowNotice));
        return 1;
    }
}
