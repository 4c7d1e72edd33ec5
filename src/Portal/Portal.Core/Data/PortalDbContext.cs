using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Data.Configurations;

namespace Portal.Core.Data;

/// <summary>
/// The portal's one DbContext: the platform's tables, Identity's, and the index tables the enabled
/// modules contribute. Pooled, so it takes nothing but its options.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, PortalRole, string>(options)
{
    /// <summary>The enabled modules' model contributions, from the application's services.</summary>
    internal PortalModelContributors Contributors =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(PortalModelContributors)) as PortalModelContributors
        ?? PortalModelContributors.None;

    /// <summary>True while <see cref="Caching.OperationalWrites.SaveOperationalChangesAsync"/> saves.</summary>
    internal bool SavingOperationalRows { get; set; }

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentTypeRecord> ContentTypes => Set<ContentTypeRecord>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<SchemaVersion> SchemaVersions => Set<SchemaVersion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ContentItemConfiguration());
        builder.ApplyConfiguration(new ContentTypeRecordConfiguration());
        builder.ApplyConfiguration(new DocumentConfiguration());
        builder.ApplyConfiguration(new SchemaVersionConfiguration());
        builder.ApplyConfiguration(new Content.Visibility.ContentReaderConfiguration());
        builder.ApplyConfiguration(new Content.Visibility.ContentRedactionConfiguration());

        foreach (var contributor in Contributors.Items)
        {
            contributor.Configure(builder);
        }
    }
}

/// <summary>The model contributors of the enabled modules; part of the model's cache key.</summary>
public sealed class PortalModelContributors(IEnumerable<IDbModelContributor> items)
{
    public static PortalModelContributors None { get; } = new([]);

    public IReadOnlyList<IDbModelContributor> Items { get; } = [.. items];

    public string Key { get; } = string.Join(";", items.Select(i => i.GetType().FullName));
}

internal sealed class PortalModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PortalDbContext portal
            ? (context.GetType(), portal.Contributors.Key, designTime)
            : (context.GetType(), designTime);
}
