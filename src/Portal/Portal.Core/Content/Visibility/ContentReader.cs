using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Core.Content.Visibility;

/// <summary>One key that may read one content version. Written with the version, in its transaction.</summary>
public sealed class ContentReader
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string PrincipalKey { get; set; }
}

internal sealed class ContentReaderConfiguration : IEntityTypeConfiguration<ContentReader>
{
    public void Configure(EntityTypeBuilder<ContentReader> builder)
    {
        builder.ToTable("ContentReaders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentItemId).HasMaxLength(26);
        builder.Property(r => r.ContentItemVersionId).HasMaxLength(26);
        builder.Property(r => r.PrincipalKey).HasMaxLength(200);
        builder.HasIndex(r => new { r.ContentItemVersionId, r.PrincipalKey }).IsUnique();
        builder.HasIndex(r => new { r.PrincipalKey, r.ContentItemVersionId });
    }
}
