using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>
/// Adds a module's entities (index rows and the like) to the portal's model. The tables themselves are
/// created by the module's <see cref="Portal.Core.Data.Migrations.DataMigration"/>.
/// </summary>
public interface IDbModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
