using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Web.Tests;

public sealed class BadInputFactory : PortalFactory
{
    public LogCollector Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Log));
    }
}

/// <summary>A NUL character or an oversized field gets the Danish 400 page (problem JSON under /api), is logged, and changes nothing; never a 500.</summary>
public sealed class BadInputTests(BadInputFactory factory) : IClassFixture<BadInputFactory>
{
    private const string Unreadable = "Formularen kunne ikke læses";
    private static readonly string FiveMegabytes = new('a', 5 * 1024 * 1024);

    [Theory]
    [InlineData("adm\0in", "x")]
    [InlineData("admin", "Kode\0")]
    public async Task A_NUL_character_in_the_login_form_gets_400(string userName, string password)
    {
        var response = await factory.Anonymous().PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });

        await AssertBadRequestPageAsync(response);
    }

    [Fact]
    public async Task A_five_megabyte_login_field_gets_400()
    {
        var response = await factory.Anonymous().PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "admin", ["Password"] = FiveMegabytes });

        await AssertBadRequestPageAsync(response);
    }

    [Theory]
    [InlineData("NUL")]
    [InlineData("5 MB")]
    public async Task Bad_content_edit_fields_get_400_and_save_nothing(string kind)
    {
        var editor = await factory.LoginAsync("redaktoer");
        var title = $"Dårligt input {kind} {Guid.NewGuid():n}";
        var body = kind == "NUL" ? "<p>Før\0efter</p>" : $"<p>{FiveMegabytes}</p>";

        var response = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new()
        {
            ["TitlePart.Title"] = title,
            ["AutoroutePart.Path"] = "daarligt-" + Guid.NewGuid().ToString("n")[..8],
            ["HtmlBodyPart.Html"] = body,
            ["submit"] = "publish",
        });

        await AssertBadRequestPageAsync(response);
        Assert.DoesNotContain(title, await editor.GetPageAsync("/admin/contents"));
    }

    [Fact]
    public async Task A_NUL_character_in_a_multipart_form_gets_400()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var page = await editor.GetPageAsync("/admin/contents/create/Page");
        var form = new MultipartFormDataContent
        {
            { new StringContent("Multipart\0titel"), "TitlePart.Title" },
            { new StringContent("publish"), "submit" },
            { new StringContent(PortalClient.TokenOf(page)), "__RequestVerificationToken" },
        };

        await AssertBadRequestPageAsync(await editor.Http.PostAsync("/admin/contents/create/Page", form));
    }

    [Fact]
    public async Task A_NUL_character_in_the_query_string_gets_400_and_problem_json_under_api()
    {
        var editor = await factory.LoginAsync("redaktoer");

        var page = await editor.GetAsync("/admin/users?search=a%00b");
        var api = await editor.GetAsync("/api/meetings?committee=a%00b");

        await AssertBadRequestPageAsync(page);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Forkert forespørgsel", await api.Content.ReadAsStringAsync());
    }

    private async Task AssertBadRequestPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Contains("Forkert forespørgsel", StringComparison.Ordinal), page);
        Assert.Contains(Unreadable, page);
        Assert.Contains("Intet er gemt", page);
        Assert.Contains(factory.Log.Messages, m => m.Contains("Refused bad input", StringComparison.Ordinal) && m.Contains(response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal));
    }
}

/// <summary>Keeps the log messages of warning level and above.</summary>
public sealed class LogCollector : ILoggerProvider, ILogger
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _messages.Enqueue(formatter(state, exception));
        }
    }

    public void Dispose()
    {
    }
}
