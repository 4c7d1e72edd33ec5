using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Workflows.Models;

internal sealed class WorkflowModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowType>(type =>
        {
            type.ToTable("WorkflowTypes");
            type.HasKey(t => t.Id);
            type.Property(t => t.WorkflowTypeId).HasMaxLength(26);
            type.Property(t => t.Name).HasMaxLength(200);
            type.Property(t => t.ModifiedBy).HasMaxLength(256);
            type.HasIndex(t => new { t.WorkflowTypeId, t.Version }).IsUnique();
            type.HasIndex(t => t.WorkflowTypeId).IsUnique().HasFilter("\"Latest\"").HasDatabaseName("IX_WorkflowTypes_Latest");
        });

        modelBuilder.Entity<Workflow>(workflow =>
        {
            workflow.ToTable("Workflows");
            workflow.HasKey(w => w.Id);
            workflow.Property(w => w.WorkflowId).HasMaxLength(26);
            workflow.Property(w => w.WorkflowTypeId).HasMaxLength(26);
            workflow.Property(w => w.CorrelationId).HasMaxLength(26);
            workflow.Property(w => w.OpenCorrelationId).HasMaxLength(26);
            workflow.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
            workflow.Property(w => w.StartedBy).HasMaxLength(256);
            workflow.Property(w => w.FaultMessage).HasMaxLength(2000);
            workflow.Property(w => w.FaultActivityId).HasMaxLength(50);
            workflow.HasIndex(w => w.WorkflowId).IsUnique();
            workflow.HasIndex(w => w.CorrelationId);
            workflow.HasIndex(w => new { w.WorkflowTypeId, w.Status });
            workflow.HasIndex(w => new { w.WorkflowTypeId, w.OpenCorrelationId }).IsUnique()
                .HasFilter("\"OpenCorrelationId\" IS NOT NULL").HasDatabaseName("IX_Workflows_OneOpenPerItem");
        });

        modelBuilder.Entity<WorkflowBlock>(block =>
        {
            block.ToTable("WorkflowBlocks");
            block.HasKey(b => b.Id);
            block.Property(b => b.WorkflowId).HasMaxLength(26);
            block.Property(b => b.ActivityId).HasMaxLength(50);
            block.Property(b => b.EventName).HasMaxLength(50);
            block.Property(b => b.CorrelationId).HasMaxLength(26);
            block.HasIndex(b => new { b.EventName, b.CorrelationId });
            block.HasIndex(b => b.WorkflowId);
            block.HasIndex(b => b.DueUtc);
        });

        modelBuilder.Entity<WorkflowTask>(task =>
        {
            task.ToTable("WorkflowTasks");
            task.HasKey(t => t.Id);
            task.Property(t => t.WorkflowId).HasMaxLength(26);
            task.Property(t => t.ActivityId).HasMaxLength(50);
            task.Property(t => t.ContentItemId).HasMaxLength(26);
            task.Property(t => t.Title).HasMaxLength(300);
            task.Property(t => t.AssignedAs).HasMaxLength(300);
            task.Property(t => t.Actions).HasMaxLength(100);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.ActedBy).HasMaxLength(256);
            task.Property(t => t.Action).HasMaxLength(20);
            task.Property(t => t.Comment).HasMaxLength(4000);
            task.Property(t => t.EscalationKeys).HasMaxLength(1000);
            task.Property(t => t.EscalationLabel).HasMaxLength(300);
            task.HasMany(t => t.Assignees).WithOne().HasForeignKey(a => a.WorkflowTaskId).OnDelete(DeleteBehavior.Cascade);
            task.HasIndex(t => new { t.WorkflowId, t.Status });
            task.HasIndex(t => new { t.Status, t.DueUtc });
            task.HasIndex(t => new { t.Status, t.RemindAtUtc });
            task.HasIndex(t => new { t.Status, t.EscalateAtUtc });
            task.HasIndex(t => t.ContentItemId);
        });

        modelBuilder.Entity<WorkflowTaskAssignee>(assignee =>
        {
            assignee.ToTable("WorkflowTaskAssignees");
            assignee.HasKey(a => a.Id);
            assignee.Property(a => a.Key).HasMaxLength(200);
            assignee.HasIndex(a => new { a.Key, a.WorkflowTaskId });
        });

        modelBuilder.Entity<WorkflowHistoryEntry>(entry =>
        {
            entry.ToTable("WorkflowHistory");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.WorkflowId).HasMaxLength(26);
            entry.Property(e => e.ActivityId).HasMaxLength(50);
            entry.Property(e => e.Step).HasMaxLength(300);
            entry.Property(e => e.Outcome).HasMaxLength(50);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.Comment).HasMaxLength(4000);
            entry.HasIndex(e => e.WorkflowId);
        });

        modelBuilder.Entity<WorkflowEvent>(e =>
        {
            e.ToTable("WorkflowEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.EventName).HasMaxLength(50);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.UserName).HasMaxLength(256);
        });
    }
}
