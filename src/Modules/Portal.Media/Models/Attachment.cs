using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Media.Models;

/// <summary>An uploaded file: what it is, where its bytes are, and the content item it belongs to.</summary>
public sealed record Attachment
{
    /// <summary>26-character id, as content items have.</summary>
    public required string Id { get; init; }

    /// <summary>The content item the file belongs to; null until it is attached to one.</summary>
    public string? ContentItemId { get; init; }

    /// <summary>The name the file was uploaded with, cleaned for display and downloads.</summary>
    public required string FileName { get; init; }

    /// <summary>The type read from the file's content, never the one the client claimed.</summary>
    public required string MediaType { get; init; }

    public required long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Where the file store keeps it, relative to the store (e.g. <c>2026/05/{id}.pdf</c>).</summary>
    public required string StoragePath { get; init; }

    /// <summary>Text from PDF and Word files, for search; null when there is none or it could not be read.</summary>
    public string? ExtractedText { get; init; }

    public required string UploadedBy { get; init; }

    public required DateTime UploadedUtc { get; init; }
}

internal sealed class AttachmentModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<Attachment>(attachment =>
    {
        attachment.ToTable("Attachments");
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.Id).HasMaxLength(26);
        attachment.Property(a => a.ContentItemId).HasMaxLength(26);
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.MediaType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.StoragePath).HasMaxLength(300);
        attachment.Property(a => a.UploadedBy).HasMaxLength(256);
        attachment.HasIndex(a => a.ContentItemId);
        attachment.HasIndex(a => a.UploadedUtc);
    });
}
