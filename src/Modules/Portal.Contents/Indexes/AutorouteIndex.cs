using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;

namespace Portal.Contents.Indexes;

public sealed class AutorouteIndex : ContentIndexRow
{
    public string Path { get; set; } = "";
}

internal sealed class AutorouteIndexModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<AutorouteIndex>(index =>
    {
        index.ToTable("AutorouteIndex");
        index.HasKey(r => r.Id);
        index.Property(r => r.ContentItemId).HasMaxLength(26);
        index.Property(r => r.ContentItemVersionId).HasMaxLength(26);
        index.Property(r => r.Path).HasMaxLength(300);
        index.HasIndex(r => r.ContentItemVersionId).IsUnique();
        index.HasIndex(r => new { r.Path, r.Published });
    });
}

internal sealed class AutorouteIndexProvider : ContentIndexProvider<AutorouteIndex>
{
    protected override AutorouteIndex? Map(ContentItem version) =>
        version.Has(nameof(AutoroutePart)) && version.As<AutoroutePart>().Path is { Length: > 0 } path
            ? new AutorouteIndex { Path = path }
            : null;
}
