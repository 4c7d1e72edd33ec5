using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// One portal and one headless Chromium for the whole suite. Every test gets contexts of its own
/// (cookies, storage), signed in by reusing a session per demo account.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _sessions = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalServer Server { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        BaseAddress = await Task.Run(() => Server.Address);

        var chromium = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM");
        if (string.IsNullOrWhiteSpace(chromium))
        {
            chromium = "/usr/bin/chromium";
        }

        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}. Install it (apt-get install chromium) or set PORTAL_TEST_CHROMIUM; ./test.sh does both.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A fresh context: anonymous, or signed in as one of the demo accounts; with or without JavaScript.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? userName = null, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            BaseURL = BaseAddress.ToString(),
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = userName is null ? null : await SessionAsync(userName),
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(20_000);
        return context;
    }

    /// <summary>
    /// Forgets the kept session of an account, for a test that ended it (logging out ends the user's
    /// sessions in every browser): the next test signed in as that user signs in afresh.
    /// </summary>
    public void ForgetSession(string userName) => _sessions.TryRemove(userName, out _);

    /// <summary>
    /// Signs in through the login form once per account and keeps the cookies. Logins are rate-limited
    /// per client address (Portal:Security:LoginAttemptsPerMinute, 10 by default), so tests reuse these.
    /// </summary>
    private Task<string> SessionAsync(string userName) =>
        _sessions.GetOrAdd(userName, name => new Lazy<Task<string>>(() => SignInAsync(name))).Value;

    private async Task<string> SignInAsync(string userName)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await Ui.LogInAsync(page, userName, PortalServer.DemoPassword);
        return await context.StorageStateAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
