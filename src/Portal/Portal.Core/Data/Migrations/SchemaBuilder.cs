using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Portal.Core.Data.Migrations;

/// <summary>
/// Changes the database schema in the provider's own dialect. Tables are created from the EF model
/// of the entity (so the mapping and the table cannot disagree); later changes are written with
/// EF's <see cref="MigrationBuilder"/>. Every call executes at once, inside the step's transaction.
/// </summary>
public sealed class SchemaBuilder(PortalDbContext db)
{
    /// <summary>Creates the table (with its indexes and keys) of each given entity type.</summary>
    public async Task CreateTablesForAsync(params Type[] entityTypes)
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var tables = entityTypes
            .Select(t => model.FindEntityType(t) ?? throw new InvalidOperationException($"'{t.Name}' is not in the model; register its IDbModelContributor."))
            .Select(e => e.GetTableName()!)
            .ToHashSet(StringComparer.Ordinal);
        await CreateTablesAsync(model, tables.Contains);
    }

    /// <summary>Any other change, in EF migration terms (add column, create index, …).</summary>
    public async Task AlterAsync(Action<MigrationBuilder> change)
    {
        var builder = new MigrationBuilder(db.Database.ProviderName);
        change(builder);
        await ExecuteAsync(builder.Operations, db.GetService<IDesignTimeModel>().Model);
    }

    /// <summary>Whether a table exists: for a step that takes over what an older version or another module left.</summary>
    public async Task<bool> TableExistsAsync(string table)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT COUNT(*) AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {0}"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}";
        return await db.Database.SqlQueryRaw<int>(sql, table).SingleAsync() > 0;
    }

    /// <summary>How many rows an existing table holds.</summary>
    public Task<int> CountRowsAsync(string table)
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM " + db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>().DelimitIdentifier(table);
        return db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    internal Task CreateTablesAsync(IModel model, Func<string, bool> includeTable) =>
        ExecuteAsync(CreateTableOperations(model, includeTable), model);

    /// <summary>
    /// The statements that create the tables, in this provider's dialect, without running them: what
    /// the schema tests keep of each version, to build a database of that version again.
    /// </summary>
    internal IReadOnlyList<string> CreateTablesSql(IModel model, Func<string, bool> includeTable) =>
        [.. db.GetService<IMigrationsSqlGenerator>().Generate(CreateTableOperations(model, includeTable), model).Select(c => c.CommandText)];

    private List<MigrationOperation> CreateTableOperations(IModel model, Func<string, bool> includeTable) =>
        db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel())
            .Where(op => op switch
            {
                CreateTableOperation table => includeTable(table.Name),
                CreateIndexOperation index => includeTable(index.Table),
                AddForeignKeyOperation fk => includeTable(fk.Table),
                EnsureSchemaOperation => true,
                _ => false,
            })
            .ToList();

    private async Task ExecuteAsync(IReadOnlyList<MigrationOperation> operations, IModel model)
    {
        var generator = db.GetService<IMigrationsSqlGenerator>();
        foreach (var command in generator.Generate(operations, model))
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText);
        }
    }
}
