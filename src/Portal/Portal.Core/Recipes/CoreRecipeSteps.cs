using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Site;

namespace Portal.Core.Recipes;

/// <summary><c>{ "name": "site", "siteName": "…" }</c>: names the site and marks it as set up.</summary>
internal sealed class SiteRecipeStep : IRecipeStepHandler
{
    public string StepName => "site";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        var site = context.Services.GetRequiredService<ISiteService>();
        var settings = await site.GetAsync();
        settings.SiteName = step.GetProperty("siteName").GetString() ?? settings.SiteName;
        settings.IsSetUp = true;
        settings.SetUpUtc ??= DateTime.UtcNow;
        await site.SaveAsync(settings);
    }
}

/// <summary>
/// <c>{ "name": "content", "items": [ { "alias", "type", "published", "owner", "content": { parts and fields } } ] }</c>.
/// </summary>
internal sealed class ContentRecipeStep : IRecipeStepHandler
{
    public string StepName => "content";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        var contentManager = context.Services.GetRequiredService<IContentManager>();
        foreach (var entry in step.GetProperty("items").EnumerateArray())
        {
            var type = entry.GetProperty("type").GetString()
                ?? throw new RecipeException("A content item in the recipe has no type.");
            var item = await contentManager.NewAsync(type);
            if (entry.TryGetProperty("owner", out var owner))
            {
                item.Owner = item.Author = owner.GetString();
            }

            if (entry.TryGetProperty("content", out var content))
            {
                item.Content = JsonNode.Parse(content.GetRawText()) as JsonObject ?? [];
            }

            var published = entry.TryGetProperty("published", out var p) && p.GetBoolean();
            var result = await contentManager.CreateAsync(item, published);
            if (!result.Succeeded)
            {
                throw new RecipeException($"The recipe could not create a {type}: {result.Message}");
            }

            if (entry.TryGetProperty("alias", out var alias) && alias.GetString() is { } name)
            {
                context.Aliases[name] = item.ContentItemId;
            }
        }
    }
}
