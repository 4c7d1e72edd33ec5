using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Core.Content.Indexing;

/// <summary>How a module maps its index table: the columns every index row has, then its own.</summary>
public static class ContentIndexMapping
{
    /// <summary>
    /// Maps <typeparamref name="TRow"/> to <paramref name="table"/> with the ids' lengths and an index
    /// on the version (unique when the provider writes one row per version), then <paramref name="configure"/>.
    /// </summary>
    public static ModelBuilder ContentIndexRow<TRow>(this ModelBuilder modelBuilder, string table, Action<EntityTypeBuilder<TRow>> configure, bool uniqueVersion = true)
        where TRow : ContentIndexRow => modelBuilder.Entity<TRow>(e =>
        {
            e.ToTable(table);
            e.HasKey(r => r.Id);
            e.Property(r => r.ContentItemId).HasMaxLength(26);
            e.Property(r => r.ContentItemVersionId).HasMaxLength(26);
            var version = e.HasIndex(r => r.ContentItemVersionId);
            if (uniqueVersion)
            {
                version.IsUnique();
            }

            configure(e);
        });
}
