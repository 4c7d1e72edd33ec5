using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;

namespace Portal.Core.Data.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(c => c.ContentItemVersionId).HasMaxLength(26).IsRequired();
        builder.Property(c => c.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(c => c.DisplayText).HasMaxLength(500).IsRequired();
        builder.Property(c => c.Owner).HasMaxLength(100);
        builder.Property(c => c.Author).HasMaxLength(100);
        builder.Property(c => c.Comment).HasMaxLength(500);
        builder.Property(c => c.Data).IsRequired();
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(c => c.Content);

        builder.HasIndex(c => c.ContentItemVersionId).IsUnique();
        builder.HasIndex(c => new { c.ContentItemId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.ContentType, c.Latest, c.Published, c.ModifiedUtc });

        // The database itself guarantees at most one published and one latest version per item.
        builder.HasIndex(c => c.ContentItemId).IsUnique().HasFilter("\"Published\"").HasDatabaseName("IX_ContentItems_OnePublished");
        builder.HasIndex(c => new { c.ContentItemId, c.Latest }).IsUnique().HasFilter("\"Latest\"").HasDatabaseName("IX_ContentItems_OneLatest");
    }
}

internal sealed class ContentTypeRecordConfiguration : IEntityTypeConfiguration<ContentTypeRecord>
{
    public void Configure(EntityTypeBuilder<ContentTypeRecord> builder)
    {
        builder.ToTable("ContentTypes");
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Json).IsRequired();
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Name);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class SchemaVersionConfiguration : IEntityTypeConfiguration<SchemaVersion>
{
    public void Configure(EntityTypeBuilder<SchemaVersion> builder)
    {
        builder.ToTable("SchemaVersions");
        builder.HasKey(s => s.ModuleId);
        builder.Property(s => s.ModuleId).HasMaxLength(200);
    }
}
