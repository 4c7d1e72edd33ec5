using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Indexes;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Data.Migrations;

namespace Portal.Web.Tests;

/// <summary>
/// A database made before published addresses were unique, already holding two pages published on
/// one address, gets the unique index: the first page keeps the address, the other cannot publish on it.
/// </summary>
public abstract class AddressUpgradeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task Version_1_gets_the_unique_index_and_the_first_page_keeps_a_shared_address()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var path = "dublet-" + Guid.NewGuid().ToString("n")[..8];
        await ContentSteps.CreatePageAsync(editor, "Den første", path, "<p>Først</p>", publish: true);
        var later = await ContentSteps.CreatePageAsync(editor, "Den senere", path + "-midlertidig", "<p>Senere</p>", publish: true);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // What version 1 allowed: no column, no unique index, two pages published on one address.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_AutorouteIndex_PublishedPath\"");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AutorouteIndex\" DROP COLUMN \"PublishedPath\"");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AutorouteIndex\" SET \"Path\" = {path} WHERE \"ContentItemId\" = {later}");
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"ScheduledChanges\"");
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"ContentFollows\"");
            await db.SchemaVersions.Where(v => v.ModuleId == "Portal.Contents").ExecuteUpdateAsync(v => v.SetProperty(x => x.Version, 1));
        }

        await factory.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();

        Assert.Contains("Først", await (await factory.LoginAsync("medarbejder")).GetPageAsync("/" + path), StringComparison.Ordinal);
        await using var check = factory.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(3, (await checkDb.SchemaVersions.SingleAsync(v => v.ModuleId == "Portal.Contents")).Version);
        Assert.Equal(1, await checkDb.Set<AutorouteIndex>().CountAsync(r => r.PublishedPath == path));

        var content = check.ServiceProvider.GetRequiredService<IContentManager>();
        var version = (await content.BeginEditAsync(later, (await content.GetAsync(later, VersionOptions.Latest))!.ConcurrencyStamp))!;
        version.Apply(new AutoroutePart { Path = path });
        var result = await content.SaveAsync(version, publish: true);

        Assert.Equal(ContentOperationStatus.Cancelled, result.Status);
        Assert.Equal($"Adressen /{path} bruges allerede af andet udgivet indhold. Intet er gemt; vælg en anden adresse.", result.Message);
        Assert.Single(await content.GetVersionsAsync(later));
    }
}

public sealed class SqliteAddressUpgradeTests(PortalFactory factory) : AddressUpgradeTests<PortalFactory>(factory);

public sealed class PostgresAddressUpgradeTests(PostgresPortalFactory factory) : AddressUpgradeTests<PostgresPortalFactory>(factory);
