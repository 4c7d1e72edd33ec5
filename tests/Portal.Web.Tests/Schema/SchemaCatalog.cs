using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Core.Data;

namespace Portal.Web.Tests.Schema;

/// <summary>
/// The schema as the database itself reports it, from the provider's catalog (sqlite_master and the
/// table pragmas; pg_catalog), as sorted lines: "T: column C type not null", "T: unique index I (A, B)
/// where …". Two databases compare line by line, and a difference reads as what is missing where.
/// Column defaults are left out: a column added to a table with rows needs one, a new table does not.
/// </summary>
internal static class SchemaCatalog
{
    public static async Task<IReadOnlyList<string>> ReadAsync(PortalDbContext db) =>
        [.. (db.Database.IsNpgsql() ? await PostgresAsync(db) : await SqliteAsync(db)).Order(StringComparer.Ordinal)];

    /// <summary>The table's columns, in the table's order.</summary>
    public static async Task<IReadOnlyList<string>> ColumnsAsync(PortalDbContext db, string table) =>
        [.. (db.Database.IsNpgsql()
            ? await QueryAsync(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @p0 ORDER BY ordinal_position", table)
            : await QueryAsync(db, "SELECT name FROM pragma_table_info(@p0) ORDER BY cid", table))
            .Select(r => (string)r[0]!)];

    /// <summary>Every row of the table but its id (rows written again get new ids), columns by name (an added column comes last), as sorted lines.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(PortalDbContext db, string table)
    {
        var columns = (await ColumnsAsync(db, table)).Where(c => c != "Id").Order(StringComparer.Ordinal).ToList();
        var rows = await QueryAsync(db, $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"");
        return [.. rows.Select(r => string.Join(" | ", columns.Select((c, i) => $"{c}={Convert.ToString(r[i], CultureInfo.InvariantCulture)}"))).Order(StringComparer.Ordinal)];
    }

    public static async Task<IReadOnlyList<string>> TablesAsync(PortalDbContext db) =>
        [.. (db.Database.IsNpgsql()
            ? await QueryAsync(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            : await QueryAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            .Select(r => (string)r[0]!).Order(StringComparer.Ordinal)];

    private static async Task<List<string>> SqliteAsync(PortalDbContext db)
    {
        var lines = new List<string>();
        foreach (var table in await TablesAsync(db))
        {
            foreach (var c in await QueryAsync(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(@p0)", table))
            {
                var primaryKey = Convert.ToInt64(c[3], CultureInfo.InvariantCulture);
                lines.Add($"{table}: column {c[0]} {c[1]} {(Convert.ToInt64(c[2], CultureInfo.InvariantCulture) == 1 ? "not null" : "null")}{(primaryKey > 0 ? $" primary key {primaryKey}" : "")}");
            }

            foreach (var index in await QueryAsync(db, "SELECT name, \"unique\" FROM pragma_index_list(@p0)", table))
            {
                var name = (string)index[0]!;
                var columns = (await QueryAsync(db, "SELECT name FROM pragma_index_info(@p0) ORDER BY seqno", name)).Select(r => (string)r[0]!);
                var sql = (await QueryAsync(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = @p0", name)).SingleOrDefault()?[0] as string;
                var where = sql?.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) is >= 0 and var at ? sql[(at + 7)..].Trim().TrimEnd(';') : null;
                lines.Add(IndexLine(table, name, Convert.ToInt64(index[1], CultureInfo.InvariantCulture) == 1, primaryKey: false, columns, where));
            }
        }

        return lines;
    }

    private static async Task<List<string>> PostgresAsync(PortalDbContext db)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(db, """
            SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text
            FROM pg_attribute a
            JOIN pg_class t ON t.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """))
        {
            var identity = c[4] as string is { Length: > 0 } kind ? $" identity {kind}" : "";
            lines.Add($"{c[0]}: column {c[1]} {c[2]} {((bool)c[3]! ? "not null" : "null")}{identity}");
        }

        foreach (var index in await QueryAsync(db, """
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary, pg_get_expr(ix.indpred, ix.indrelid),
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                 FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema()
            """))
        {
            lines.Add(IndexLine((string)index[0]!, (string)index[1]!, (bool)index[2]!, (bool)index[3]!, ((string)index[5]!).Split(','), index[4] as string));
        }

        return lines;
    }

    private static string IndexLine(string table, string name, bool unique, bool primaryKey, IEnumerable<string> columns, string? where) =>
        $"{table}: {(primaryKey ? "primary key " : unique ? "unique " : "")}index {name} ({string.Join(", ", columns)}){(where is null ? "" : $" where {where}")}";

    /// <summary>Rows of a query with positional parameters @p0, @p1, … on the context's own connection.</summary>
    public static async Task<List<object?[]>> QueryAsync(PortalDbContext db, string sql, params object[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                parameter.Value = parameters[i];
                command.Parameters.Add(parameter);
            }

            var rows = new List<object?[]>();
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = await reader.IsDBNullAsync(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
