using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;

namespace Portal.Media.Services;

/// <summary>
/// <c>{ "name": "media", "files": [ { "alias", "path", "owner" } ] }</c>: uploads files that lie beside
/// the recipe (checked and stored as any upload), so that content can name them with <c>"@ref:alias"</c>.
/// </summary>
internal sealed class MediaRecipeStep : IRecipeStepHandler
{
    public string StepName => "media";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        var media = context.Services.GetRequiredService<IMediaService>();
        foreach (var entry in step.GetProperty("files").EnumerateArray())
        {
            var relative = entry.GetProperty("path").GetString() ?? throw new RecipeException("A file in the recipe has no path.");
            var path = Path.GetFullPath(Path.Combine(context.Folder, relative));
            if (!path.StartsWith(context.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                throw new RecipeException($"The recipe names the file '{relative}', which is not beside it.");
            }

            var owner = entry.TryGetProperty("owner", out var o) ? o.GetString() ?? "admin" : "admin";
            await using var content = File.OpenRead(path);
            var result = await media.UploadAsync(new UploadRequest(content, Path.GetFileName(path), owner, Length: content.Length, FromOperator: true));
            if (!result.Succeeded)
            {
                throw new RecipeException($"The recipe's file '{relative}' was refused: {result.Error}");
            }

            if (entry.TryGetProperty("alias", out var alias) && alias.GetString() is { } name)
            {
                context.Aliases[name] = result.Attachment!.Id;
            }
        }
    }
}
