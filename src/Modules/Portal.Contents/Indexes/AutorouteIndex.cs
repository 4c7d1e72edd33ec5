using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;

namespace Portal.Contents.Indexes;

public sealed class AutorouteIndex : ContentIndexRow
{
    public string Path { get; set; } = "";

    /// <summary>
    /// The path while this version is published, else null: the column the database keeps unique,
    /// so two items can never be published on one address, whoever publishes or restores at once.
    /// </summary>
    public string? PublishedPath { get; set; }
}

internal sealed class AutorouteIndexModel : IDbModelContributor
{
    public const string PublishedPathIndex = "IX_AutorouteIndex_PublishedPath";

    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<AutorouteIndex>(index =>
    {
        index.ToTable("AutorouteIndex");
        index.HasKey(r => r.Id);
        index.Property(r => r.ContentItemId).HasMaxLength(26);
        index.Property(r => r.ContentItemVersionId).HasMaxLength(26);
        index.Property(r => r.Path).HasMaxLength(300);
        index.Property(r => r.PublishedPath).HasMaxLength(300);
        index.HasIndex(r => r.ContentItemVersionId).IsUnique();
        index.HasIndex(r => new { r.Path, r.Published });
        index.HasIndex(r => r.PublishedPath).IsUnique().HasFilter("\"PublishedPath\" IS NOT NULL").HasDatabaseName(PublishedPathIndex);
    });
}

internal sealed class AutorouteIndexProvider : ContentIndexProvider<AutorouteIndex>
{
    protected override AutorouteIndex? Map(ContentItem version) =>
        PathOf(version) is { } path
            ? new AutorouteIndex { Path = path, PublishedPath = version.Published ? path : null }
            : null;

    protected override string? Refused(ContentItem version) =>
        version.Published && PathOf(version) is { } path
            ? $"Adressen /{path} bruges allerede af andet udgivet indhold. Intet er gemt; vælg en anden adresse."
            : null;

    private static string? PathOf(ContentItem version) =>
        version.Has(nameof(AutoroutePart)) && version.As<AutoroutePart>().Path is { Length: > 0 } path ? path : null;
}
