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
/// A string <c>"@ref:alias"</c> anywhere in the content becomes the id of the item with that alias, in
/// this step or an earlier one, so items can refer to each other in any order.
/// </summary>
internal sealed class ContentRecipeStep : IRecipeStepHandler
{
    private const string RefPrefix = "@ref:";

    public string StepName => "content";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        var contentManager = context.Services.GetRequiredService<IContentManager>();
        var entries = step.GetProperty("items").EnumerateArray().ToList();
        foreach (var entry in entries)
        {
            if (entry.TryGetProperty("alias", out var alias) && alias.GetString() is { } name)
            {
                context.Aliases[name] = IdGenerator.NewId();
            }
        }

        foreach (var entry in entries)
        {
            var type = entry.GetProperty("type").GetString()
                ?? throw new RecipeException("A content item in the recipe has no type.");
            var item = await contentManager.NewAsync(type);
            if (entry.TryGetProperty("alias", out var alias) && alias.GetString() is { } name)
            {
                item.ContentItemId = context.Aliases[name];
            }

            if (entry.TryGetProperty("owner", out var owner))
            {
                item.Owner = item.Author = owner.GetString();
            }

            if (entry.TryGetProperty("content", out var content))
            {
                item.Content = Resolve(JsonNode.Parse(content.GetRawText()), context) as JsonObject ?? [];
            }

            var published = entry.TryGetProperty("published", out var p) && p.GetBoolean();
            var result = await contentManager.CreateAsync(item, published);
            if (!result.Succeeded)
            {
                throw new RecipeException($"The recipe could not create a {type}: {result.Message}");
            }
        }
    }

    private static JsonNode? Resolve(JsonNode? node, RecipeContext context)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    obj[key] = Resolve(child?.DeepClone(), context);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Resolve(array[i]?.DeepClone(), context);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith(RefPrefix, StringComparison.Ordinal):
                var alias = text[RefPrefix.Length..];
                return context.Aliases.TryGetValue(alias, out var id)
                    ? JsonValue.Create(id)
                    : throw new RecipeException($"The recipe refers to '{alias}', but no item has that alias.");
            default:
                return node;
        }
    }
}
