using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Search.Models;

internal sealed class SearchModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchIndexTask>(t =>
        {
            t.ToTable("SearchIndexTasks");
            t.HasKey(x => x.Id);
            t.Property(x => x.ContentItemId).HasMaxLength(26);
            t.HasIndex(x => x.CreatedUtc);
        });

        modelBuilder.Entity<SearchNode>(n =>
        {
            n.ToTable("SearchNodes");
            n.HasKey(x => x.Id);
            n.Property(x => x.Id).HasMaxLength(40);
            n.Property(x => x.MachineName).HasMaxLength(200);
            n.Property(x => x.LastError).HasMaxLength(2000);
        });
    }
}
