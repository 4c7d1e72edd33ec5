using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Web.Tests;

/// <summary>Demo accounts exist only in Development; every other environment starts with the setup page.</summary>
public sealed class EnvironmentTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_a_new_site_shows_setup_and_has_no_demo_accounts(string environment)
    {
        // The factory names the demo recipe and its password, as appsettings.Development.json would.
        await using var factory = new EnvironmentFactory(environment);
        var client = factory.Anonymous();

        var home = await client.GetAsync("/");
        var setup = await client.GetPageAsync("/setup");
        var demoLogin = await client.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = PortalFactory.DemoPassword }));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);
        Assert.Contains("Opsætning af portalen", setup);
        Assert.Equal("/setup", demoLogin.Headers.Location?.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.CountAsync());
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "demo-password.txt")));
    }

    [Fact]
    public void The_launch_profile_gives_Development_only_as_a_default()
    {
        // dotnet run sets the profile's variables over the caller's, and WebApplication prefers
        // DOTNET_ENVIRONMENT: either in the profile would turn "ASPNETCORE_ENVIRONMENT=Production
        // dotnet run" into Development.
        using var launchSettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Portal", "Portal.Web", "Properties", "launchSettings.json")));

        foreach (var profile in launchSettings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            var variables = profile.Value.GetProperty("environmentVariables");
            Assert.False(variables.TryGetProperty("ASPNETCORE_ENVIRONMENT", out _), $"profile {profile.Name} sets ASPNETCORE_ENVIRONMENT");
            Assert.False(variables.TryGetProperty("DOTNET_ENVIRONMENT", out _), $"profile {profile.Name} sets DOTNET_ENVIRONMENT");
            Assert.Equal("Development", variables.GetProperty(LaunchEnvironment.Variable).GetString());
        }
    }

    [Theory]
    [InlineData(null, null, "", "Development")]
    [InlineData("Production", null, "", null)]
    [InlineData(null, "Staging", "", null)]
    [InlineData(null, null, "--environment Production", null)]
    [InlineData(null, null, "--environment=Production", null)]
    [InlineData(null, null, "--urls http://127.0.0.1:5081", "Development")]
    public void The_launch_profile_default_yields_to_any_explicit_environment(string? aspnetcore, string? dotnet, string args, string? expected)
    {
        var variables = new System.Collections.Hashtable { [LaunchEnvironment.Variable] = "Development" };
        if (aspnetcore is not null)
        {
            variables["ASPNETCORE_ENVIRONMENT"] = aspnetcore;
        }

        if (dotnet is not null)
        {
            variables["DOTNET_ENVIRONMENT"] = dotnet;
        }

        Assert.Equal(expected, LaunchEnvironment.Default(args.Split(' ', StringSplitOptions.RemoveEmptyEntries), variables));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
