using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Web.Tests.Schema;

/// <summary>
/// Turns a module's tables back into an earlier version's, as its snapshot creates them, and records
/// the module at that version: the database that version left behind, holding the content written
/// since in the columns both versions have. What the upgrade must fill in is exactly what is lost.
/// </summary>
internal static class SchemaDowngrade
{
    /// <summary>The tables whose shape differs between the two versions (those rebuilt, dropped or created).</summary>
    public static IReadOnlyList<string> ChangedTables(IReadOnlyList<string> current, IReadOnlyList<string> old)
    {
        var now = SchemaSnapshots.ByTable(current);
        var then = SchemaSnapshots.ByTable(old);
        return [.. now.Select(g => g.Key).Union(then.Select(g => g.Key))
            .Where(table => !now[table].SequenceEqual(then[table]))
            .Order(StringComparer.Ordinal)];
    }

    public static async Task ApplyAsync(PortalDbContext db, string module, int version, IReadOnlyList<string> current, IReadOnlyList<string> old)
    {
        var now = SchemaSnapshots.ByTable(current);
        var then = SchemaSnapshots.ByTable(old);
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var table in ChangedTables(current, old))
        {
            var existed = now[table].Any();
            if (existed)
            {
                await RunAsync(db, $"CREATE TABLE \"{table}__kept\" AS SELECT * FROM \"{table}\"");
                await RunAsync(db, $"DROP TABLE \"{table}\"");
            }

            if (!then[table].Any())
            {
                await DropKeptAsync(db, table, existed);
                continue;
            }

            foreach (var statement in then[table])
            {
                await RunAsync(db, statement);
            }

            if (existed)
            {
                var columns = (await SchemaCatalog.ColumnsAsync(db, table)).Intersect(await SchemaCatalog.ColumnsAsync(db, $"{table}__kept")).Select(c => $"\"{c}\"").ToList();
                await RunAsync(db, $"INSERT INTO \"{table}\" ({string.Join(", ", columns)}) SELECT {string.Join(", ", columns)} FROM \"{table}__kept\"");
                if (db.Database.IsNpgsql() && columns.Contains("\"Id\""))
                {
                    // Rows came with their ids; the identity continues after them.
                    await RunAsync(db, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE(MAX(\"Id\"), 0) + 1, false) FROM \"{table}\"");
                }
            }

            await DropKeptAsync(db, table, existed);
        }

        await db.Database.ExecuteSqlAsync($"UPDATE \"SchemaVersions\" SET \"Version\" = {version} WHERE \"ModuleId\" = {module}");
        await transaction.CommitAsync();
    }

    /// <summary>Statements made here from table names, not from input.</summary>
    private static Task<int> RunAsync(PortalDbContext db, string sql) => db.Database.ExecuteSqlRawAsync(sql);

    private static async Task DropKeptAsync(PortalDbContext db, string table, bool existed)
    {
        if (existed)
        {
            await RunAsync(db, $"DROP TABLE \"{table}__kept\"");
        }
    }
}
