using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Web.Tests;

/// <summary>First run in Production: no demo data, a setup page, then a normal portal.</summary>
public sealed class SetupTests
{
    [Fact]
    public async Task A_new_production_site_asks_for_setup_and_then_works()
    {
        await using var factory = new EnvironmentFactory("Production");
        var client = factory.Anonymous();

        var first = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/setup", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/login")).StatusCode);

        var mismatch = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = "Norddjurs MED",
            ["UserName"] = "chef",
            ["DisplayName"] = "Chef",
            ["Password"] = "Sikker-Kode-2026",
            ["ConfirmPassword"] = "Noget-Andet-2026",
        });
        Assert.NotEqual(HttpStatusCode.Redirect, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var done = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SiteName"] = "Norddjurs MED",
            ["UserName"] = "chef",
            ["DisplayName"] = "Chef",
            ["Password"] = "Sikker-Kode-2026",
            ["ConfirmPassword"] = "Sikker-Kode-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/setup")).StatusCode);
        var admin = await factory.LoginAsync("chef", "Sikker-Kode-2026");
        Assert.Contains("Norddjurs MED", await admin.GetPageAsync("/admin/users"));
        Assert.DoesNotContain("redaktoer", await admin.GetPageAsync("/admin/users"));
        var demoLogin = await factory.Anonymous().PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "admin", ["Password"] = PortalFactory.DemoPassword });
        Assert.NotEqual(HttpStatusCode.Redirect, demoLogin.StatusCode);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Setups_posted_at_the_same_time_create_one_administrator(string provider)
    {
        await using var factory = new EnvironmentFactory("Production", provider: provider);
        var clients = Enumerable.Range(0, 4).Select(_ => factory.Anonymous()).ToList();
        var tokens = new List<string>();
        foreach (var client in clients)
        {
            tokens.Add(PortalClient.TokenOf(await client.GetPageAsync("/setup")));
        }

        var responses = await Task.WhenAll(clients.Select((client, i) => client.Http.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SiteName"] = $"Portal {i}",
            ["UserName"] = $"chef{i}",
            ["DisplayName"] = $"Chef {i}",
            ["Password"] = "Sikker-Kode-2026",
            ["ConfirmPassword"] = "Sikker-Kode-2026",
            ["__RequestVerificationToken"] = tokens[i],
        }))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(
            responses.Where(r => r.StatusCode != HttpStatusCode.Redirect),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.NotFound }));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Single(await users.GetUsersInRoleAsync(PortalRoles.Administrator));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.CountAsync());
    }
}
