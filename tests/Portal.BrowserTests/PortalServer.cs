using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.BrowserTests;

/// <summary>
/// The whole portal on a real socket (Kestrel on 127.0.0.1, a free port) so a browser can reach it:
/// environment Development (the only one with demo accounts), SQLite in a fresh data folder, set up from the demo recipe.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    /// <summary>Password of the demo accounts admin, redaktoer and medarbejder; meets the password policy.</summary>
    public const string DemoPassword = "Browser-Test-2026";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "portal-browser-tests", Guid.NewGuid().ToString("n"));

    public PortalServer() => UseKestrel(0);

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:41234. Starts the server on first use.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // UseSetting, not ConfigureAppConfiguration: Program reads some of these (the data path, the
        // cookie policy) while it builds, before configuration added by ConfigureAppConfiguration exists.
        var settings = new Dictionary<string, string>
        {
            ["Portal:DataPath"] = _dataPath,
            ["Portal:Setup:Recipe"] = "demo",
            ["Portal:Demo:Password"] = DemoPassword,
            ["Database:Provider"] = "Sqlite",
            // Plain http on the loopback interface: cookies without the Secure flag.
            ["Portal:Security:SecureCookies"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Portal.Core.Hosting.PortalInitializer"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
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
