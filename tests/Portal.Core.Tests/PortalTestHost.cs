using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Hosting;

namespace Portal.Core.Tests;

/// <summary>The platform without the web host: services, a fresh database, migrations applied.</summary>
public abstract class PortalTestHost : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-core-tests", Guid.NewGuid().ToString("n"));
    private WebApplication? _app;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Not started.");

    public string Provider { get; }

    protected PortalTestHost(string provider) => Provider = provider;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?> { ["Portal:DataPath"] = _dataPath, ["Database:Provider"] = Provider };
        if (Provider == "Postgres")
        {
            settings["ConnectionStrings:Portal"] = TestDatabases.NewPostgresDatabase();
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPortal();
        _app = builder.Build();
        await _app.Services.GetRequiredService<PortalInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();
}

public sealed class SqliteHost() : PortalTestHost("Sqlite");

public sealed class PostgresHost() : PortalTestHost("Postgres");
