using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Data.Migrations;

namespace Portal.Core.Tests;

/// <summary>A database made before content readers existed is brought up to date, and nothing becomes unreadable.</summary>
public sealed class PlatformUpgradeTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Version_1_gets_the_readers_tables_with_everything_readable_by_everyone()
    {
        string id;
        await using (var scope = host.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Note");
            await content.CreateAsync(item, publish: true);
            id = item.ContentItemId;

            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"ContentReaders\"");
            await db.SchemaVersions.Where(v => v.ModuleId == SchemaMigrator.PlatformId).ExecuteUpdateAsync(v => v.SetProperty(x => x.Version, 1));
        }

        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();

        await using var check = host.Scope();
        var checkDb = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(3, (await checkDb.SchemaVersions.SingleAsync(v => v.ModuleId == SchemaMigrator.PlatformId)).Version);
        var published = (await check.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id))!;
        var employee = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "m")], "test"));
        Assert.True(await check.ServiceProvider.GetRequiredService<IContentVisibility>().CanReadAsync(employee, published));
    }
}
