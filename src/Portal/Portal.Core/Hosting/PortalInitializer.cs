using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data.Migrations;
using Portal.Core.Recipes;
using Portal.Core.Site;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Hosting;

/// <summary>
/// Start-up work before the first request: the schema, then (in Development only, on an empty site)
/// the configured recipe with the demo accounts.
/// </summary>
public sealed class PortalInitializer(
    IServiceProvider services,
    SchemaMigrator migrator,
    RecipeExecutor recipes,
    IOptions<PortalOptions> options,
    IHostEnvironment environment,
    DataPaths dataPaths,
    ILogger<PortalInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await migrator.MigrateAsync(cancellationToken);
        await RunRecipeAsync(cancellationToken);

        await using var scope = services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IPortalStartupTask>())
        {
            await task.ExecuteAsync(cancellationToken);
        }
    }

    private async Task RunRecipeAsync(CancellationToken cancellationToken)
    {
        var recipe = options.Value.Setup.Recipe;
        // Only Development: the demo recipe creates accounts with a known or logged password, which
        // must never exist on a site that other people can reach (Production, Staging, anything else).
        if (string.IsNullOrWhiteSpace(recipe) || !environment.IsDevelopment())
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<ISiteService>().GetAsync();
        if (site.IsSetUp)
        {
            ReportDemoPassword(generated: false);
            return;
        }

        var path = Path.Combine(environment.ContentRootPath, "Recipes", $"{recipe}.recipe.json");
        if (!File.Exists(path))
        {
            throw new RecipeException($"Portal:Setup:Recipe names '{recipe}', but {path} does not exist.");
        }

        var password = DemoPassword(out var generated);
        logger.LogInformation("Setting up the site from the recipe {Recipe}", recipe);
        await recipes.ExecuteAsync(path, new Dictionary<string, string> { ["DemoPassword"] = password });
        ReportDemoPassword(generated);
    }

    private string DemoPassword(out bool generated)
    {
        generated = false;
        if (!string.IsNullOrEmpty(options.Value.Demo.Password))
        {
            return options.Value.Demo.Password;
        }

        generated = true;
        // Meets the password policy: upper, lower and digits, 16 characters.
        var password = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)) + "-" + RandomNumberGenerator.GetString("abcdefghkmnpqrstuvwxyz", 6);
        var file = dataPaths.Combine("demo-password.txt");
        File.WriteAllText(file, password);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }

    private void ReportDemoPassword(bool generated)
    {
        if (!string.IsNullOrEmpty(options.Value.Demo.Password))
        {
            logger.LogWarning("Demo accounts (see the README) use the password from Portal__Demo__Password.");
            return;
        }

        var file = dataPaths.Combine("demo-password.txt");
        if (File.Exists(file))
        {
            logger.LogWarning(
                "Demo accounts (see the README) {State} password: {Password} (kept in {File})",
                generated ? "were created with the" : "use the",
                File.ReadAllText(file).Trim(),
                file);
        }
    }
}
