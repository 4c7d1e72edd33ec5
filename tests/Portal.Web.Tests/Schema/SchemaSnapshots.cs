using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Core.Data;
using Portal.Core.Data.Migrations;
using Portal.Core.Modules;

namespace Portal.Web.Tests.Schema;

/// <summary>
/// The statements that create each module's tables at each of its schema versions, per provider, kept
/// as files: <c>Snapshots/{provider}/{module}.v{N}.sql</c>. A version's file is recorded while it is
/// the latest (run the schema tests with <c>PORTAL_RECORD_SCHEMA=1</c>) and never changed after: it is
/// how a database of that version looks, so a test can build one again and upgrade it.
/// </summary>
internal static partial class SchemaSnapshots
{
    public const string RecordVariable = "PORTAL_RECORD_SCHEMA";

    /// <summary>Every schema version of the platform and of each module's migrations, oldest first.</summary>
    public static IEnumerable<(string Module, int Version)> AllVersions()
    {
        for (var version = 1; version <= SchemaMigrator.PlatformVersion; version++)
        {
            yield return (SchemaMigrator.PlatformId, version);
        }

        foreach (var module in ModuleCatalog.Discover().OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (module.Assembly.GetTypes().SingleOrDefault(t => typeof(DataMigration).IsAssignableFrom(t) && t.Name == "Migrations") is not { } migrations)
            {
                continue;
            }

            // A step UpdateFromNAsync exists for every earlier version N; a fresh database is one past the last.
            var earlier = migrations.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Select(m => UpdateStep().Match(m.Name))
                .Where(m => m.Success)
                .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .Order()
                .ToList();
            foreach (var version in earlier.Append(earlier.Count == 0 ? 1 : earlier[^1] + 1))
            {
                yield return (module.Id, version);
            }
        }
    }

    /// <summary>The module each table of the model belongs to: the one whose assembly maps it, else the platform.</summary>
    public static IReadOnlyDictionary<string, string> Owners(IModel model)
    {
        var modules = ModuleCatalog.Discover().ToDictionary(m => m.Assembly, m => m.Id);
        return model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(g => g.Key, g => modules.GetValueOrDefault(g.First().ClrType.Assembly, SchemaMigrator.PlatformId), StringComparer.Ordinal);
    }

    /// <summary>The statements that create the module's tables as the current model has them.</summary>
    public static IReadOnlyList<string> Current(PortalDbContext db, string module)
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var owners = Owners(model);
        return [.. new SchemaBuilder(db).CreateTablesSql(model, table => owners.GetValueOrDefault(table) == module).Select(Normalize)];
    }

    public static IReadOnlyList<string>? Load(string provider, string module, int version)
    {
        var path = PathOf(provider, module, version);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
    }

    public static void Record(string provider, string module, int version, IReadOnlyList<string> statements)
    {
        var path = PathOf(provider, module, version);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"-- {module}, schema version {version}, {provider}: the tables as this version creates them. Never edit a recorded version.\n\n" + string.Join("\n\n", statements) + "\n");
    }

    /// <summary>The statements grouped by the table they create or index.</summary>
    public static ILookup<string, string> ByTable(IEnumerable<string> statements) =>
        statements.ToLookup(s => TableOf().Match(s) is { Success: true } m ? m.Groups["table"].Value : throw new InvalidOperationException($"No table in: {s}"), StringComparer.Ordinal);

    private static IReadOnlyList<string> Parse(string text) =>
        [.. text.Split("\n\n").Select(s => s.Trim()).Where(s => s.Length > 0 && !s.StartsWith("--", StringComparison.Ordinal)).Select(Normalize)];

    /// <summary>One statement as kept: no blank lines (they separate statements), Unix line ends, no trailing space.</summary>
    private static string Normalize(string statement) =>
        string.Join("\n", statement.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));

    private static string PathOf(string provider, string module, int version) =>
        Path.Combine(SourceDirectory(), "Snapshots", provider.ToLowerInvariant(), $"{module}.v{version}.sql");

    /// <summary>This folder in the source tree (not the build output), where the files are read and recorded.</summary>
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.Web.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Schema");
            }
        }

        throw new InvalidOperationException($"Portal.Web.Tests.csproj not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("^UpdateFrom([0-9]+)Async$")]
    private static partial Regex UpdateStep();

    [GeneratedRegex("^(?:CREATE TABLE|CREATE (?:UNIQUE )?INDEX \"[^\"]+\" ON) \"(?<table>[^\"]+)\"")]
    private static partial Regex TableOf();
}
