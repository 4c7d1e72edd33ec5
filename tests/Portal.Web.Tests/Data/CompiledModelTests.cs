using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Portal.CompiledModel;
using Portal.Core.Data;

namespace Portal.Web.Tests.Data;

/// <summary>
/// The portal starts on a model compiled ahead of time. It must be the model the entities, their
/// configurations and the modules' contributions build today; when it is not, these tests say to run
/// tools/compile-db-model.sh.
/// </summary>
public abstract class CompiledModelTests(string provider)
{
    private const string Remedy = "Run tools/compile-db-model.sh and commit src/Portal/Portal.CompiledModel.";

    [Fact]
    public async Task The_portal_reads_and_writes_through_the_compiled_model()
    {
        await using var portal = new ModelPortal(provider);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.Equal($"Portal.CompiledModel.{provider}", db.Model.GetType().Namespace);
        Assert.NotEmpty(await db.ContentItems.AsNoTracking().Where(c => c.Published).Take(5).ToListAsync());
    }

    [Fact]
    public async Task The_compiled_model_was_made_for_the_modules_the_host_ships_with()
    {
        await using var portal = new ModelPortal(provider);

        var key = portal.Services.GetRequiredService<PortalModelContributors>().Key;

        Assert.True(key == CompiledDbModels.Contributors, $"The modules now contribute \"{key}\". Set CompiledDbModels.Contributors to it. {Remedy}");
    }

    [Fact]
    public async Task The_compiled_model_maps_what_the_model_built_from_the_code_maps()
    {
        await using var portal = new ModelPortal(provider);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var built = db.GetService<IDesignTimeModel>().Model;
        var compiled = portal.Services.GetServices<CompiledDbModel>().Single(m => m.Provider == provider).Model();

        var expected = Describe(built);
        var actual = Describe(compiled);

        Assert.True(expected == actual, $"The compiled model is stale. {Remedy}\nBuilt from the code:\n{expected}\nCompiled:\n{actual}");
    }

    [Fact]
    public void The_description_sees_a_column_that_differs()
    {
        using var shorter = new ProbeContext(10);
        using var longer = new LongerProbeContext();

        Assert.NotEqual(Describe(shorter.Model), Describe(longer.Model));
    }

    /// <summary>What the model says about the database and about mapping rows to objects.</summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"{entity.Name} -> {entity.GetTableName()} base={entity.BaseType?.Name} discriminator={entity.GetDiscriminatorPropertyName()}");
            foreach (var property in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.AppendLine(
                    $"  {property.Name} {property.ClrType.Name} column={property.GetColumnName()} type={property.GetColumnType()} null={property.IsNullable} " +
                    $"max={property.GetMaxLength()} converter={property.GetValueConverter()?.GetType().Name} provider={property.GetProviderClrType()?.Name} " +
                    $"generated={property.ValueGenerated} concurrency={property.IsConcurrencyToken} default={property.GetDefaultValueSql()}{property.GetDefaultValue()}");
            }

            foreach (var key in entity.GetKeys().OrderBy(k => Names(k.Properties), StringComparer.Ordinal))
            {
                text.AppendLine($"  key {Names(key.Properties)} primary={key.IsPrimaryKey()}");
            }

            foreach (var index in entity.GetIndexes().OrderBy(i => i.GetDatabaseName(), StringComparer.Ordinal))
            {
                text.AppendLine($"  index {index.GetDatabaseName()} ({Names(index.Properties)}) unique={index.IsUnique} filter={index.GetFilter()}");
            }

            foreach (var foreignKey in entity.GetForeignKeys().OrderBy(f => f.GetConstraintName(), StringComparer.Ordinal))
            {
                text.AppendLine($"  fk {foreignKey.GetConstraintName()} ({Names(foreignKey.Properties)}) -> {foreignKey.PrincipalEntityType.Name} delete={foreignKey.DeleteBehavior} required={foreignKey.IsRequired}");
            }

            foreach (var navigation in entity.GetNavigations().OrderBy(n => n.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  navigation {navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection}");
            }
        }

        return text.ToString();
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));

    private sealed class Probe
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }

    /// <summary>Two context types, so EF does not hand the second the first one's cached model.</summary>
    private class ProbeContext(int nameLength) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Probe>().Property(p => p.Name).HasMaxLength(nameLength);
    }

    private sealed class LongerProbeContext() : ProbeContext(20);

    private sealed class ModelPortal(string provider) : PortalFactory(provider);
}

public sealed class SqliteCompiledModelTests() : CompiledModelTests("Sqlite");

public sealed class PostgresCompiledModelTests() : CompiledModelTests("Postgres");
