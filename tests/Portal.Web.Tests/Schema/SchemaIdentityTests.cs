using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Med;
using Portal.Med.Indexes;
using Portal.Med.Models;

namespace Portal.Web.Tests.Schema;

/// <summary>
/// For the platform and every module, a database of each schema version — built from that version's
/// snapshot and holding the demo content — is upgraded by the next start and must then be identical
/// to a fresh database: the same tables, columns (type, nullability), indexes (uniqueness, columns,
/// filter) and versions, and the same rows in every table whose shape changed, so a step that adds an
/// index column must also fill it. For the latest version this says that its snapshot is what a fresh
/// database is made of: a change to the model without a migration step fails here.
/// </summary>
public abstract class SchemaIdentityTests(string provider)
{
    public static TheoryData<string, int> Versions()
    {
        var data = new TheoryData<string, int>();
        foreach (var (module, version) in SchemaSnapshots.AllVersions())
        {
            data.Add(module, version);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task A_database_upgraded_from_this_version_is_identical_to_a_fresh_one(string module, int version)
    {
        var latest = SchemaSnapshots.AllVersions().Where(v => v.Module == module).Max(v => v.Version);
        await using var portal = new SchemaPortal(provider);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await ShareAnItemInConfidenceAsync(scope.ServiceProvider);
        var fresh = await SchemaCatalog.ReadAsync(db);
        var freshVersions = await VersionsAsync(db);
        Assert.True(freshVersions.GetValueOrDefault(module) == latest, $"A fresh database records {module} at version {freshVersions.GetValueOrDefault(module)}, but its steps lead to {latest}: a step must lead to the next version.");

        var current = SchemaSnapshots.Current(db, module);
        var old = SnapshotOf(module, version, latest, current);
        var changed = SchemaDowngrade.ChangedTables(current, old);
        Assert.False(version == latest && changed.Count > 0,
            $"The model of {module} no longer creates what version {version} created (tables {string.Join(", ", changed)}). " +
            $"Add a step from version {version} (UpdateFrom{version}Async, and CreateAsync returning {version + 1}), then record version {version + 1} with {SchemaSnapshots.RecordVariable}=1.");
        var existing = await SchemaCatalog.TablesAsync(db);
        var rows = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var table in changed.Where(existing.Contains).Where(t => ExistedIn(old, t) || IsDerived(db, t)))
        {
            rows[table] = await SchemaCatalog.RowsAsync(db, table);
        }

        await SchemaDowngrade.ApplyAsync(db, module, version, current, old);
        await portal.Services.GetRequiredService<PortalInitializer>().InitializeAsync();

        AssertSame(fresh, await SchemaCatalog.ReadAsync(db), $"schema after upgrading {module} from version {version}");
        Assert.Equal(freshVersions, await VersionsAsync(db));
        foreach (var (table, before) in rows)
        {
            AssertSame(before, await SchemaCatalog.RowsAsync(db, table), $"rows of {table} after upgrading {module} from version {version}");
        }
    }

    /// <summary>A table the old version already had: what it held must survive the upgrade.</summary>
    private static bool ExistedIn(IReadOnlyList<string> old, string table) => SchemaSnapshots.ByTable(old)[table].Any();

    /// <summary>
    /// A table of rows derived from the content (an index): new in a version, the upgrade must fill it.
    /// A new table of what people do from then on (what they follow, what they plan) starts empty.
    /// </summary>
    private static bool IsDerived(PortalDbContext db, string table) =>
        db.Model.GetEntityTypes().Any(e => e.GetTableName() == table && typeof(Portal.Core.Content.Indexing.ContentIndexRow).IsAssignableFrom(e.ClrType));

    [Fact]
    public async Task An_item_shared_in_confidence_under_MED_version_1_has_its_time_in_the_index_after_the_upgrade()
    {
        await using var portal = new SchemaPortal(provider);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var (id, until) = await ShareAnItemInConfidenceAsync(scope.ServiceProvider);
        var current = SchemaSnapshots.Current(db, "Portal.Med");

        await SchemaDowngrade.ApplyAsync(db, "Portal.Med", 1, current, SchemaSnapshots.Load(provider, "Portal.Med", 1)!);
        await portal.Services.GetRequiredService<PortalInitializer>().InitializeAsync();

        var rows = await db.Set<AgendaItemIndex>().AsNoTracking().Where(r => r.ContentItemId == id).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(until, r.ConfidentialUntilUtc));
    }

    /// <summary>
    /// The demo content fills every index column but one: no demo item is shared in confidence. This
    /// item, on a demo meeting, fills that one too.
    /// </summary>
    private static async Task<(string Id, DateTime Until)> ShareAnItemInConfidenceAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var meeting = await db.Set<MeetingIndex>().AsNoTracking().Where(m => m.Published).OrderBy(m => m.Id).FirstAsync();
        var until = new DateTime(2031, 5, 1, 10, 0, 0, DateTimeKind.Utc);
        var content = services.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(MedTypes.AgendaItem);
        item.SetTitle("Delt i fortrolighed før version 2");
        item.Apply(new AgendaItemPart { MeetingId = meeting.ContentItemId, Number = "99", ConfidentialUntilUtc = until, ConfidentialCommitteeIds = [meeting.CommitteeId] });
        await content.CreateAsync(item, publish: true);
        return (item.ContentItemId, until);
    }

    /// <summary>The version's snapshot; the latest version's is recorded from the model when asked to.</summary>
    private IReadOnlyList<string> SnapshotOf(string module, int version, int latest, IReadOnlyList<string> current)
    {
        if (SchemaSnapshots.Load(provider, module, version) is { } snapshot)
        {
            return snapshot;
        }

        if (version == latest && Environment.GetEnvironmentVariable(SchemaSnapshots.RecordVariable) == "1")
        {
            SchemaSnapshots.Record(provider, module, version, current);
            return current;
        }

        Assert.Fail(version == latest
            ? $"{module} version {version} has no snapshot for {provider}. Record it with {SchemaSnapshots.RecordVariable}=1 ./test.sh --filter SchemaIdentity and commit the file."
            : $"{module} version {version} has no snapshot for {provider}. A version is recorded while it is the latest; an older one can only be rebuilt from the commit where it was.");
        return [];
    }

    private static async Task<Dictionary<string, int>> VersionsAsync(PortalDbContext db) =>
        await db.SchemaVersions.AsNoTracking().ToDictionaryAsync(v => v.ModuleId, v => v.Version);

    private static void AssertSame(IReadOnlyList<string> fresh, IReadOnlyList<string> upgraded, string what)
    {
        // Lines compared as multisets: a row twice is a difference too.
        var missing = Subtract(fresh, upgraded);
        var extra = Subtract(upgraded, fresh);
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The {what} differs from a fresh database.\nOnly in the fresh one:\n  {string.Join("\n  ", missing)}\nOnly in the upgraded one:\n  {string.Join("\n  ", extra)}");
    }

    private static List<string> Subtract(IReadOnlyList<string> lines, IReadOnlyList<string> taken)
    {
        var left = taken.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var line in lines)
        {
            if (left.GetValueOrDefault(line) > 0)
            {
                left[line]--;
            }
            else
            {
                rest.Add(line);
            }
        }

        return rest;
    }

    /// <summary>A portal of its own, on its own new database, with the demo content.</summary>
    private sealed class SchemaPortal(string provider) : PortalFactory(provider);
}

public sealed class SqliteSchemaIdentityTests() : SchemaIdentityTests("Sqlite");

public sealed class PostgresSchemaIdentityTests() : SchemaIdentityTests("Postgres");
