using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.Recipes;

/// <summary>Executes one kind of recipe step (by its <c>name</c>). Modules contribute handlers.</summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ExecuteAsync(JsonElement step, RecipeContext context);
}

public sealed class RecipeContext(IServiceProvider services, IReadOnlyDictionary<string, string> variables, string folder = "")
{
    public IServiceProvider Services { get; } = services;

    public IReadOnlyDictionary<string, string> Variables { get; } = variables;

    /// <summary>The folder the recipe is in: files a step names are read relative to it.</summary>
    public string Folder { get; } = folder;

    /// <summary>Ids given in the recipe ("alias") mapped to the ids of the content items (or files) that were created.</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);
}

public sealed class RecipeException(string message) : Exception(message);

/// <summary>
/// Reads a recipe (a JSON file of steps) and runs each step's handler in one transaction.
/// <c>{{Name}}</c> in the file is replaced by the variable of that name.
/// </summary>
public sealed partial class RecipeExecutor(IServiceProvider services, ILogger<RecipeExecutor> logger)
{
    public async Task ExecuteAsync(string path, IReadOnlyDictionary<string, string> variables)
    {
        var text = await File.ReadAllTextAsync(path);
        text = Placeholder().Replace(text, m => variables.TryGetValue(m.Groups[1].Value, out var value)
            ? JsonEncodedText.Encode(value).ToString()
            : throw new RecipeException($"Recipe '{path}' uses the variable '{m.Groups[1].Value}', which is not given."));

        using var document = JsonDocument.Parse(text);
        await using var scope = services.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<IRecipeStepHandler>().ToDictionary(h => h.StepName, StringComparer.Ordinal);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var context = new RecipeContext(scope.ServiceProvider, variables, Path.GetDirectoryName(Path.GetFullPath(path)) ?? "");

        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var step in document.RootElement.GetProperty("steps").EnumerateArray())
        {
            var name = step.GetProperty("name").GetString() ?? "";
            if (!handlers.TryGetValue(name, out var handler))
            {
                throw new RecipeException($"Recipe '{path}' has a step '{name}' that no enabled module handles.");
            }

            logger.LogInformation("Recipe step {Step}", name);
            await handler.ExecuteAsync(step, context);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
