using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// Base of the browser tests: pages in contexts of their own, closed after the test. Every page
/// records what a user would not see but should never happen: console errors (such as a content
/// security policy violation) and failed requests for the page's own resources.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _problems = [];

    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>A page in a new context, anonymous or signed in as a demo account; optionally without JavaScript.</summary>
    protected async Task<IPage> NewPageAsync(string? userName = null, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Fixture.NewContextAsync(userName, width, height, javaScript);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Error pages (403, 404) make the browser log the status of the document itself.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
            {
                lock (_problems)
                {
                    _problems.Add($"console error on {page.Url}: {message.Text}");
                }
            }
        };
        page.RequestFailed += (_, request) =>
        {
            lock (_problems)
            {
                _problems.Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType != "document" && response.Status >= 400)
            {
                lock (_problems)
                {
                    _problems.Add($"{response.Status} for {response.Request.ResourceType} {response.Url}");
                }
            }
        };
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        // After the test's own assertions, so a failing step is reported first.
        Assert.True(_problems.Count == 0, "The browser reported problems:\n" + string.Join("\n", _problems));
    }
}
