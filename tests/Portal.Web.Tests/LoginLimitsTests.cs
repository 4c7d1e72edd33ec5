using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests;

/// <summary>
/// Wrong passwords slow an account down (per client, and per account for unknown browsers) instead of
/// locking it; the answers are the same for unknown accounts; the rate limit counts real client addresses.
/// </summary>
public sealed class LoginLimitsTests
{
    private const string WrongCredentials = "Forkert brugernavn eller adgangskode.";
    private const string Proxy = "10.0.0.1";

    [Fact]
    public async Task Wrong_passwords_make_the_account_wait_and_then_the_user_gets_in()
    {
        await using var factory = new ClockFactory();
        var client = From(factory, "203.0.113.10");

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await LoginAsync(client, "medarbejder", $"Forkert-{i}-Kode"));
        }

        var rightTooSoon = await LoginAsync(client, "medarbejder", PortalFactory.DemoPassword);
        factory.Clock.Now += TimeSpan.FromSeconds(61);
        var rightLater = await LoginAsync(client, "medarbejder", PortalFactory.DemoPassword);

        Assert.All(wrong, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightTooSoon.StatusCode);
        Assert.Contains("Vent 1 minut, og prøv igen.", await rightTooSoon.Content.ReadAsStringAsync());
        Assert.Equal("60", rightTooSoon.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, rightLater.StatusCode);
    }

    [Fact]
    public async Task The_waits_grow_with_each_further_wrong_password()
    {
        await using var factory = new ClockFactory();
        var client = From(factory, "203.0.113.11");
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(client, "redaktoer", $"Forkert-{i}-Kode");
        }

        factory.Clock.Now += TimeSpan.FromSeconds(61);
        await LoginAsync(client, "redaktoer", "Forkert-6-Kode");
        var waitTwo = await LoginAsync(client, "redaktoer", PortalFactory.DemoPassword);

        Assert.Contains("Vent 2 minutter", await waitTwo.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_account_gets_the_same_answers_as_an_existing_one()
    {
        await using var factory = new ClockFactory();

        async Task<List<string>> AnswersAsync(string userName, string address)
        {
            var client = From(factory, address);
            var answers = new List<string>();
            for (var i = 0; i < 7; i++)
            {
                var response = await LoginAsync(client, userName, $"Forkert-{i}-Kode");
                answers.Add($"{(int)response.StatusCode} {ErrorSummary(await response.Content.ReadAsStringAsync())}");
            }

            return answers;
        }

        var existing = await AnswersAsync("admin", "203.0.113.20");
        var unknown = await AnswersAsync("findes.ikke", "203.0.113.21");

        Assert.Equal(existing, unknown);
        Assert.Contains(existing, a => a.StartsWith("429 ", StringComparison.Ordinal));
        Assert.DoesNotContain(existing, a => a.Contains("låst", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_passwords_from_many_addresses_do_not_keep_the_administrator_out()
    {
        await using var factory = new ClockFactory();
        var adminBrowser = From(factory, "192.0.2.50");
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(adminBrowser, "admin", PortalFactory.DemoPassword)).StatusCode);
        await adminBrowser.PostFormAsync("/", "/account/logout", new());

        for (var i = 0; i < 40; i++)
        {
            await LoginAsync(From(factory, $"198.51.100.{i % 8}"), "admin", $"Gæt-{i}-Kode");
        }

        var newBrowser = await LoginAsync(From(factory, "192.0.2.99"), "admin", PortalFactory.DemoPassword);
        var knownBrowser = await LoginAsync(adminBrowser, "admin", PortalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, newBrowser.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, knownBrowser.StatusCode);
    }

    [Fact]
    public async Task An_administrator_can_lift_the_wait()
    {
        await using var factory = new ClockFactory();
        var client = From(factory, "203.0.113.30");
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(client, "medarbejder", $"Forkert-{i}-Kode");
        }

        var admin = await factory.LoginAsync("admin");
        var id = await UserIdAsync(factory, "medarbejder");
        var edit = await admin.GetPageAsync($"/admin/users/{id}/edit");
        Assert.Contains("Lås kontoen op", edit);
        var saved = await admin.Http.PostAsync($"/admin/users/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = PortalClient.ValueOf(edit, "DisplayName"),
            ["SelectedRoles"] = "Employee",
            ["ConcurrencyStamp"] = PortalClient.ValueOf(edit, "ConcurrencyStamp"),
            ["Unlock"] = "true",
            ["__RequestVerificationToken"] = PortalClient.TokenOf(edit),
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(client, "medarbejder", PortalFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task A_lockout_set_by_an_administrator_and_deactivation_still_refuse_the_right_password()
    {
        await using var factory = new ClockFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var locked = (await users.FindByNameAsync("redaktoer"))!;
            await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddDays(1));
            var disabled = (await users.FindByNameAsync("medarbejder"))!;
            disabled.IsDisabled = true;
            await users.UpdateAsync(disabled);
        }

        var lockedLogin = await LoginAsync(From(factory, "203.0.113.40"), "redaktoer", PortalFactory.DemoPassword);
        var disabledLogin = await LoginAsync(From(factory, "203.0.113.41"), "medarbejder", PortalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, lockedLogin.StatusCode);
        Assert.Contains(WrongCredentials, await lockedLogin.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, disabledLogin.StatusCode);
        Assert.Contains(WrongCredentials, await disabledLogin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_posts_are_rate_limited_per_client_address()
    {
        await using var factory = new EnvironmentFactory("Development", new() { ["Portal:Security:LoginAttemptsPerMinute"] = "3" });
        var client = From(factory, "203.0.113.50");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await LoginAsync(client, $"bruger{i}", "Forkert-Kode-1")).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task X_Forwarded_For_from_the_local_machine_does_not_escape_the_rate_limit()
    {
        await using var factory = new EnvironmentFactory("Development", new() { ["Portal:Security:LoginAttemptsPerMinute"] = "3" });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var client = From(factory, "127.0.0.1");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{i}");
            statuses.Add((await LoginAsync(client, $"bruger{i}", "Forkert-Kode-1")).StatusCode);
        }

        Assert.True(statuses[^1] == HttpStatusCode.TooManyRequests, string.Join(",", statuses));
    }

    [Fact]
    public async Task Employees_behind_a_configured_proxy_each_have_their_own_rate_limit()
    {
        await using var factory = new EnvironmentFactory("Development", new()
        {
            ["Portal:Security:LoginAttemptsPerMinute"] = "3",
            ["Portal:Security:KnownProxies:0"] = Proxy,
        });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            var employee = From(factory, Proxy);
            employee.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"172.16.0.{i + 1}");
            statuses.Add((await LoginAsync(employee, "medarbejder", PortalFactory.DemoPassword)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
    }

    private static PortalClient From(PortalFactory factory, string address)
    {
        var client = factory.Anonymous();
        client.Http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(PortalClient client, string userName, string password) =>
        client.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });

    private static string ErrorSummary(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "(Forkert brugernavn[^<]*|For mange[^<]*)").Value;

    private static async Task<string> UserIdAsync(PortalFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>The portal with a clock the test moves.</summary>
    private sealed class ClockFactory : PortalFactory
    {
        public TestClock Clock { get; } = new() { Now = DateTimeOffset.UtcNow };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
