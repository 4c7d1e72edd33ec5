using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.AuditTrail.Models;

internal sealed class AuditTrailModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<AuditRecord>(record =>
    {
        record.ToTable("AuditRecords");
        record.HasKey(r => r.Id);
        record.Property(r => r.Kind).HasMaxLength(50);
        record.Property(r => r.Category).HasMaxLength(30);
        record.Property(r => r.UserName).HasMaxLength(256);
        record.Property(r => r.ContentItemId).HasMaxLength(26);
        record.Property(r => r.ContentItemVersionId).HasMaxLength(26);
        record.Property(r => r.ContentType).HasMaxLength(100);
        record.Property(r => r.ContentTitle).HasMaxLength(AuditRecord.TitleLength);
        record.Property(r => r.Summary).HasMaxLength(AuditRecord.SummaryLength);
        record.Property(r => r.Fields).HasMaxLength(AuditRecord.FieldsLength);
        record.Property(r => r.Comment).HasMaxLength(AuditRecord.CommentLength);
        record.Property(r => r.RemoteIp).HasMaxLength(45);
        record.HasIndex(r => r.CreatedUtc);
        record.HasIndex(r => new { r.ContentItemId, r.CreatedUtc });
        record.HasIndex(r => new { r.UserName, r.CreatedUtc });
        record.HasIndex(r => new { r.Kind, r.CreatedUtc });
    });
}
