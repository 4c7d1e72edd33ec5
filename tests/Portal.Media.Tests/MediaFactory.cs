using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media.Models;

namespace Portal.Media.Tests;

/// <summary>
/// The whole portal in memory on its own empty data folder, set up from the demo recipe (accounts
/// admin, redaktoer, medarbejder). Subclasses change settings or add services.
/// </summary>
public class MediaFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-Adgang-2026";

    private readonly Dictionary<string, PortalClient> _signedIn = [];

    public MediaFactory()
    {
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "portal-media-tests", Guid.NewGuid().ToString("n"));

    protected virtual Dictionary<string, string?> Settings => [];

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = DataPath,
            ["Portal:Demo:Password"] = DemoPassword,
            ["Portal:Setup:Recipe"] = "demo",
            ["Database:Provider"] = "Sqlite",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Portal:Security:LoginAttemptsPerMinute"] = "100000",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // Host settings reach Program's builder before it reads its configuration.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    /// <summary>A client signed in as the user; one per user and factory, as a person keeps their session.</summary>
    public async Task<PortalClient> LoginAsync(string userName)
    {
        lock (_signedIn)
        {
            if (_signedIn.TryGetValue(userName, out var existing))
            {
                return existing;
            }
        }

        var client = new PortalClient(CreateClient());
        await client.LoginAsync(userName, DemoPassword);
        lock (_signedIn)
        {
            _signedIn[userName] = client;
        }

        return client;
    }

    public PortalClient Anonymous() => new(CreateClient());

    /// <summary>What is stored: attachment rows and files under the media folder.</summary>
    public async Task<(int Rows, int Files)> StoredAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Attachment>().CountAsync();
        var media = Path.Combine(DataPath, "media");
        var files = Directory.Exists(media) ? Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Count() : 0;
        return (rows, files);
    }

    public async Task<Attachment> AttachmentAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Attachment>().AsNoTracking().SingleAsync(a => a.Id == id);
    }
}
