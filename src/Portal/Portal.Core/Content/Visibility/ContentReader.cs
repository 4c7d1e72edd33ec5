using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// One key that may read one content version, in full or only as its redacted record. Written with
/// the version, in its transaction. Only the platform reads these rows; modules ask <see cref="IContentVisibility"/>.
/// </summary>
internal sealed class ContentReader
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string PrincipalKey { get; set; }

    /// <summary>The key may know the version exists (its redacted record), not read it.</summary>
    public bool Redacted { get; set; }
}

/// <summary>What those who may only know a version exists are shown of it (a closed item: its number and "Lukket punkt").</summary>
internal sealed class ContentRedaction
{
    public required string ContentItemVersionId { get; set; }

    public required string ContentItemId { get; set; }

    public required string DisplayText { get; set; }

    /// <summary>The redacted record's document: only the parts and values the rule chose to show.</summary>
    public required string Data { get; set; }
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

internal sealed class ContentRedactionConfiguration : IEntityTypeConfiguration<ContentRedaction>
{
    public void Configure(EntityTypeBuilder<ContentRedaction> builder)
    {
        builder.ToTable("ContentRedactions");
        builder.HasKey(r => r.ContentItemVersionId);
        builder.Property(r => r.ContentItemVersionId).HasMaxLength(26);
        builder.Property(r => r.ContentItemId).HasMaxLength(26);
        builder.Property(r => r.DisplayText).HasMaxLength(500);
        builder.HasIndex(r => r.ContentItemId);
    }
}
