using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Portal.Benchmarks.WorkflowResume;

/// <summary>
/// The whole portal in this process, set up from the demo recipe on an empty data folder of its own
/// (SQLite, WAL, as in production) or on a new database on the PostgreSQL server of <c>PORTAL_TEST_POSTGRES</c>.
/// </summary>
internal sealed class BenchPortalFactory(bool postgres, bool synchronousNormal) : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-bench-workflows", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataPath", _dataPath);
        builder.UseSetting("Portal:Demo:Password", "Bench-Mark-2026");
        builder.UseSetting("Portal:Setup:Recipe", "demo");
        builder.UseSetting("Database:Provider", postgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (postgres)
        {
            builder.UseSetting("ConnectionStrings:Portal", TestDatabases.NewPostgresDatabase("portal_bench"));
        }

        if (synchronousNormal)
        {
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor, SynchronousNormal>());
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}

/// <summary>
/// For comparison only: SQLite in WAL mode commits without waiting for the disk (the WAL is synced at
/// checkpoints), so a commit survives a crash of the process but not necessarily of the machine.
/// </summary>
internal sealed class SynchronousNormal : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
