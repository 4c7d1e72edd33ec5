using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Content.Indexing;
using Portal.Core.Content.Metadata;
using Portal.Core.Modules;

namespace Portal.Core.Data.Migrations;

/// <summary>
/// Brings the database up to date at start-up: the platform's tables first, then each enabled
/// module's migration steps in dependency order. Each step and its version record commit together.
/// </summary>
public sealed class SchemaMigrator(IServiceProvider services, ModuleCatalog modules, ILogger<SchemaMigrator> logger)
{
    public const string PlatformId = "Portal.Core";

    /// <summary>The platform schema's version; a fresh database starts here.</summary>
    internal const int PlatformVersion = 3;
    private const long MigrationLockKey = 0x4d45445f504f5254; // "MED_PORT"

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql())
            {
                // Several nodes may start at once; one migrates, the others wait and find nothing to do.
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var recorded = await RecordedVersionsAsync(db, cancellationToken);
            await MigratePlatformAsync(db, recorded, cancellationToken);
            foreach (var module in modules.Modules)
            {
                await MigrateModuleAsync(scope.ServiceProvider, db, module, recorded ?? [], cancellationToken);
            }
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Creates the platform's tables on a fresh database (found by the absence of the version table,
    /// so a database that holds other tables as well still gets them), or moves an older platform
    /// schema on step by step.
    /// </summary>
    private async Task MigratePlatformAsync(PortalDbContext db, IReadOnlyDictionary<string, int>? recorded, CancellationToken cancellationToken)
    {
        if (recorded is null)
        {
            logger.LogInformation("Creating the platform's tables");
            var model = db.GetService<IDesignTimeModel>().Model;
            var moduleAssemblies = modules.Modules.Select(m => m.Assembly).ToHashSet();
            var moduleTables = model.GetEntityTypes()
                .Where(e => moduleAssemblies.Contains(e.ClrType.Assembly))
                .Select(e => e.GetTableName())
                .ToHashSet(StringComparer.Ordinal);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await new SchemaBuilder(db).CreateTablesAsync(model, table => !moduleTables.Contains(table));
            db.SchemaVersions.Add(new SchemaVersion { ModuleId = PlatformId, Version = PlatformVersion, UpdatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        if (recorded.GetValueOrDefault(PlatformId) >= PlatformVersion)
        {
            return;
        }

        var record = await db.SchemaVersions.SingleAsync(v => v.ModuleId == PlatformId, cancellationToken);
        if (record.Version == 1)
        {
            // Version 2: who may read each version. Everything written before was readable by everyone.
            logger.LogInformation("Migrating the platform from version 1: content readers");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await new SchemaBuilder(db).CreateTablesForAsync(typeof(Content.Visibility.ContentReader));
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"ContentReaders\" (\"ContentItemId\", \"ContentItemVersionId\", \"PrincipalKey\", \"Redacted\") " +
                "SELECT \"ContentItemId\", \"ContentItemVersionId\", 'everyone', FALSE FROM \"ContentItems\"",
                cancellationToken);
            record.Version = 2;
            record.UpdatedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (record.Version == 2)
        {
            // Version 3: readers who may only know a version exists, and what they see of it. The
            // rules are applied to every version again at start (VisibilityRulesRefresh).
            logger.LogInformation("Migrating the platform from version 2: redacted readers");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // A database that came from version 1 got its readers table in today's shape just now.
            // The column as the model maps it in each dialect (INTEGER in SQLite), so the table is the one
            // a fresh database has (tests/Portal.Web.Tests/Schema).
            if (!await ColumnExistsAsync(db, "ContentReaders", "Redacted", cancellationToken))
            {
                await new SchemaBuilder(db).AlterAsync(m => m.AddColumn<bool>("Redacted", "ContentReaders", nullable: false, defaultValue: false));
            }

            if (!await TableExistsAsync(db, "ContentRedactions", cancellationToken))
            {
                await new SchemaBuilder(db).CreateTablesForAsync(typeof(Content.Visibility.ContentRedaction));
            }

            // An empty stamp: the rules are applied to every version at start.
            var rules = await db.Documents.FirstOrDefaultAsync(d => d.Name == Content.Visibility.VisibilityRulesRefresh.DocumentName, cancellationToken);
            if (rules is null)
            {
                db.Documents.Add(new Document { Name = Content.Visibility.VisibilityRulesRefresh.DocumentName, Json = "" });
            }
            else
            {
                rules.Json = "";
            }

            record.Version = 3;
            record.UpdatedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<bool> ColumnExistsAsync(PortalDbContext db, string table, string column, CancellationToken cancellationToken)
    {
        var count = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = {table} AND column_name = {column}").SingleAsync(cancellationToken)
            : await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM pragma_table_info({table}) WHERE name = {column}").SingleAsync(cancellationToken);
        return count > 0;
    }

    private static async Task<bool> TableExistsAsync(PortalDbContext db, string table, CancellationToken cancellationToken)
    {
        var count = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}").SingleAsync(cancellationToken)
            : await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync(cancellationToken);
        return count > 0;
    }

    /// <summary>
    /// Every part's recorded schema version, read at once, or null on a database without the
    /// platform's tables. At a restart this is all the migrator reads.
    /// </summary>
    private static async Task<Dictionary<string, int>?> RecordedVersionsAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await TableExistsAsync(db, "SchemaVersions", cancellationToken)
            ? await db.SchemaVersions.AsNoTracking().ToDictionaryAsync(v => v.ModuleId, v => v.Version, StringComparer.Ordinal, cancellationToken)
            : null;

    private static MethodInfo? NextStep(Type migrationType, int current) =>
        current == 0
            ? migrationType.GetMethod("CreateAsync", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
            : migrationType.GetMethod($"UpdateFrom{current}Async", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);

    private async Task MigrateModuleAsync(IServiceProvider scoped, PortalDbContext db, ModuleDescriptor module, IReadOnlyDictionary<string, int> recorded, CancellationToken cancellationToken)
    {
        var migrationTypes = module.Assembly.GetTypes()
            .Where(t => typeof(DataMigration).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        foreach (var migrationType in migrationTypes)
        {
            // "Migrations" is the module's own; any other migration class is recorded under its name too.
            var id = migrationType.Name == "Migrations" ? module.Id : $"{module.Id}:{migrationType.Name}";
            if (NextStep(migrationType, recorded.GetValueOrDefault(id)) is null)
            {
                continue;
            }

            var migration = (DataMigration)ActivatorUtilities.CreateInstance(scoped, migrationType);
            var ownIndexes = scoped.GetServices<IContentIndexProvider>().Where(p => p.GetType().Assembly == module.Assembly).ToList();
            migration.Attach(new SchemaBuilder(db), scoped.GetRequiredService<IContentDefinitionManager>(), new IndexRebuild(db, ownIndexes));

            while (true)
            {
                var record = await db.SchemaVersions.FirstOrDefaultAsync(v => v.ModuleId == id, cancellationToken);
                var current = record?.Version ?? 0;
                var step = NextStep(migrationType, current);
                if (step is null)
                {
                    break;
                }

                logger.LogInformation("Migrating {Module} from version {Version} with {Step}", id, current, step.Name);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var next = await (Task<int>)step.Invoke(migration, null)!;
                if (next <= current)
                {
                    throw new InvalidOperationException($"{migrationType.FullName}.{step.Name} returned {next}; a step must return a version higher than {current}.");
                }

                if (record is null)
                {
                    db.SchemaVersions.Add(new SchemaVersion { ModuleId = id, Version = next, UpdatedUtc = DateTime.UtcNow });
                }
                else
                {
                    record.Version = next;
                    record.UpdatedUtc = DateTime.UtcNow;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
    }
}
