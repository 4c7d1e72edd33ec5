using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Web.Tests;

/// <summary>
/// The whole portal in memory, on its own empty data folder (and database), set up from the demo
/// recipe unless the environment is Production.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-Adgang-2026";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-web-tests", Guid.NewGuid().ToString("n"));
    private string? _postgres;

    public PortalFactory()
        : this("Sqlite")
    {
    }

    protected PortalFactory(string provider, string environment = "Development", Dictionary<string, string?>? settings = null)
    {
        Provider = provider;
        Environment = environment;
        Settings = settings ?? [];
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string Provider { get; }

    public string Environment { get; }

    public Dictionary<string, string?> Settings { get; }

    public string DataPath => _dataPath;

    /// <summary>The database of a PostgreSQL portal, for a second host on the same database.</summary>
    public string? PostgresConnectionString => _postgres;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        var settings = new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = _dataPath,
            ["Portal:Demo:Password"] = DemoPassword,
            ["Portal:Setup:Recipe"] = "demo",
            ["Database:Provider"] = Provider,
            ["Logging:LogLevel:Default"] = System.Environment.GetEnvironmentVariable("PORTAL_TEST_LOG") ?? "Warning",
            // Every test client comes from the same address; the limit itself has a test of its own.
            ["Portal:Security:LoginAttemptsPerMinute"] = "100000",
        };
        if (Provider == "Postgres")
        {
            settings["ConnectionStrings:Portal"] = _postgres = TestDatabases.NewPostgresDatabase();
        }

        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // Host settings reach Program's builder before it reads its configuration.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }

    /// <summary>A client without the cookie container or redirects, sending through <paramref name="handlers"/>.</summary>
    public HttpClient CreateRawClient(string baseAddress = "https://localhost", params DelegatingHandler[] handlers) =>
        CreateDefaultClient(new Uri(baseAddress), handlers);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // A finished portal's idle connections would otherwise stay open for minutes and crowd the server.
        if (_postgres is not null)
        {
            using var connection = new Npgsql.NpgsqlConnection(_postgres);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }

        if (disposing && Directory.Exists(_dataPath))
        {
            DeleteDataFolder();
        }
    }

    /// <summary>
    /// Deletes the host's data folder. A file written into it while it is deleted fails the
    /// deletion; it is tried once more, and if it fails again the files left say what was writing.
    /// </summary>
    private void DeleteDataFolder()
    {
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            Thread.Sleep(500);
            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException again)
            {
                var left = Directory.EnumerateFileSystemEntries(_dataPath, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_dataPath, p));
                throw new IOException($"The data folder {_dataPath} could not be deleted; still in it: {string.Join(", ", left)}", again);
            }
        }
    }

    private readonly Dictionary<string, PortalClient> _signedIn = [];

    /// <summary>A client signed in as the user; one per user and factory, as a person keeps their session.</summary>
    public async Task<PortalClient> LoginAsync(string userName, string password = DemoPassword)
    {
        lock (_signedIn)
        {
            if (_signedIn.TryGetValue(userName, out var existing))
            {
                return existing;
            }
        }

        var client = new PortalClient(CreateClient());
        await client.LoginAsync(userName, password);
        lock (_signedIn)
        {
            _signedIn[userName] = client;
        }

        return client;
    }

    public PortalClient Anonymous() => new(CreateClient());
}

public sealed class PostgresPortalFactory() : PortalFactory("Postgres");

/// <summary>The portal in another environment than Development, with extra settings.</summary>
public sealed class EnvironmentFactory(string environment, Dictionary<string, string?>? settings = null, string provider = "Sqlite")
    : PortalFactory(provider, environment, settings);
