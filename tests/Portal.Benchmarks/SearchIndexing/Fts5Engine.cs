using Microsoft.Data.Sqlite;
using Portal.Core.Display;
using Portal.Core.Search;

namespace Portal.Benchmarks.SearchIndexing;

/// <summary>
/// The baseline: the same documents in SQLite FTS5 (the SQLite the portal ships, e_sqlite3), doing
/// the same work per search as <c>SearchService</c>: only hits one of the reader's keys may read,
/// the top 10 by relevance (bm25, titles weighted 3 as the module weights them) with the title
/// highlighted and a snippet of the text, the total, and counts per type, committee and year over
/// every visible hit. FTS5 has no Danish stemmer: the closest tokenizer is unicode61 with
/// diacritics kept (æ, ø, å stay letters; case folded), so "anbefalinger" does not find "anbefaling".
/// </summary>
internal sealed class Fts5Engine : IDisposable
{
    public const string Tokenizer = "unicode61 remove_diacritics 0";

    private readonly SqliteConnection _connection;
    private readonly string _readerFilter;
    private readonly string[] _keys;

    public Fts5Engine(string path, IReadOnlyCollection<string> readerKeys)
    {
        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        _keys = [.. readerKeys];
        _readerFilter = $"EXISTS (SELECT 1 FROM readers r WHERE r.doc = docs_fts.rowid AND r.key IN ({string.Join(", ", _keys.Select((_, i) => $"$k{i}"))}))";
        Execute("PRAGMA journal_mode=WAL");
    }

    public string Path { get; }

    public void Create()
    {
        Execute($"""
            CREATE TABLE docs(id INTEGER PRIMARY KEY, item_id TEXT NOT NULL, type TEXT NOT NULL, type_label TEXT NOT NULL,
                              url TEXT NOT NULL, committee TEXT, year INTEGER, date INTEGER);
            CREATE TABLE readers(doc INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (doc, key)) WITHOUT ROWID;
            CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, tokenize = '{Tokenizer}');
            INSERT INTO docs_fts(docs_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
            """);
    }

    /// <summary>Inserts the documents in one transaction.</summary>
    public void Add(IReadOnlyList<SearchDocument> documents, ref long nextId)
    {
        using var transaction = _connection.BeginTransaction();
        using var doc = Command("INSERT INTO docs VALUES ($id, $item, $type, $label, $url, $committee, $year, $date)", transaction);
        using var text = Command("INSERT INTO docs_fts(rowid, title, body) VALUES ($id, $title, $body)", transaction);
        using var reader = Command("INSERT INTO readers VALUES ($id, $key)", transaction);
        var docParameters = Parameters(doc, "$id", "$item", "$type", "$label", "$url", "$committee", "$year", "$date");
        var textParameters = Parameters(text, "$id", "$title", "$body");
        var readerParameters = Parameters(reader, "$id", "$key");
        foreach (var document in documents)
        {
            var id = nextId++;
            var local = document.DateUtc is { } date ? DanishClock.Local(date) : (DateTime?)null;
            Set(docParameters, id, document.ContentItemId, document.ContentType, document.TypeLabel ?? document.ContentType, document.Url ?? "",
                document.Committee, local?.Year, document.DateUtc?.Ticks);
            doc.ExecuteNonQuery();
            Set(textParameters, id, document.Title, document.Body);
            text.ExecuteNonQuery();
            foreach (var key in document.Readers)
            {
                Set(readerParameters, id, key);
                reader.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>Runs the query as the search page needs it; returns the total visible hits.</summary>
    public Fts5Results Search(string match)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = new List<Fts5Hit>(10);
        using (var top = Command($"""
            SELECT d.item_id, d.type, d.type_label, d.url, d.committee, d.date,
                   highlight(docs_fts, 0, '<mark>', '</mark>'),
                   snippet(docs_fts, 1, '<mark>', '</mark>', ' … ', 24)
            FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
            WHERE docs_fts MATCH $match AND {_readerFilter}
            ORDER BY rank LIMIT 10
            """))
        {
            Bind(top, match);
            using var rows = top.ExecuteReader();
            while (rows.Read())
            {
                hits.Add(new Fts5Hit(rows.GetString(0), rows.GetString(1), rows.GetString(2), rows.GetString(3),
                    rows.IsDBNull(4) ? null : rows.GetString(4), rows.IsDBNull(5) ? null : rows.GetInt64(5), rows.GetString(6), rows.GetString(7)));
            }
        }

        var topMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        // The total and the three facets in one pass over the visible hits.
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var committees = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new Dictionary<long, int>();
        var total = 0;
        using (var facets = Command($"""
            SELECT d.type, d.committee, d.year, count(*)
            FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
            WHERE docs_fts MATCH $match AND {_readerFilter}
            GROUP BY d.type, d.committee, d.year
            """))
        {
            Bind(facets, match);
            using var rows = facets.ExecuteReader();
            while (rows.Read())
            {
                var count = rows.GetInt32(3);
                total += count;
                types[rows.GetString(0)] = types.GetValueOrDefault(rows.GetString(0)) + count;
                if (!rows.IsDBNull(1))
                {
                    committees[rows.GetString(1)] = committees.GetValueOrDefault(rows.GetString(1)) + count;
                }

                if (!rows.IsDBNull(2))
                {
                    years[rows.GetInt64(2)] = years.GetValueOrDefault(rows.GetInt64(2)) + count;
                }
            }
        }

        return new Fts5Results(total, hits, types, committees, years, topMs, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds - topMs);
    }

    /// <summary>Titles with these words, newest first, as the search box suggests them.</summary>
    public int Suggest(string match)
    {
        using var command = Command($"""
            SELECT d.url, docs_fts.title, d.type_label
            FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
            WHERE docs_fts MATCH $match AND {_readerFilter}
            ORDER BY d.date DESC LIMIT 8
            """);
        Bind(command, match);
        using var rows = command.ExecuteReader();
        var count = 0;
        while (rows.Read())
        {
            _ = rows.GetString(0) + rows.GetString(1) + rows.GetString(2);
            count++;
        }

        return count;
    }

    /// <summary>The plan SQLite chose for the top-10 query.</summary>
    public IEnumerable<string> Plan(string match)
    {
        using var command = Command($"""
            EXPLAIN QUERY PLAN SELECT d.item_id FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
            WHERE docs_fts MATCH $match AND {_readerFilter} ORDER BY rank LIMIT 10
            """);
        Bind(command, match);
        using var rows = command.ExecuteReader();
        var lines = new List<string>();
        while (rows.Read())
        {
            lines.Add(rows.GetString(3));
        }

        return lines;
    }

    public void Checkpoint() => Execute("PRAGMA wal_checkpoint(TRUNCATE)");

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void Bind(SqliteCommand command, string match)
    {
        command.Parameters.AddWithValue("$match", match);
        for (var i = 0; i < _keys.Length; i++)
        {
            command.Parameters.AddWithValue($"$k{i}", _keys[i]);
        }
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n }))];

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

internal sealed record Fts5Hit(string Id, string Type, string TypeLabel, string Url, string? Committee, long? DateTicks, string TitleHtml, string SnippetHtml);

internal sealed record Fts5Results(
    int Total,
    IReadOnlyList<Fts5Hit> Hits,
    IReadOnlyDictionary<string, int> Types,
    IReadOnlyDictionary<string, int> Committees,
    IReadOnlyDictionary<long, int> Years,
    double TopMs,
    double FacetsMs);
