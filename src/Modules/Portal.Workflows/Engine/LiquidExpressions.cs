using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Workflows;

namespace Portal.Workflows.Engine;

/// <summary>
/// Liquid (Fluid) over a workflow: <c>Content</c> (the item's latest version: ContentItemId,
/// ContentType, DisplayText, Owner, Author and its parts, e.g. <c>Content.MeetingPart.committeeId</c>),
/// <c>Properties</c>, <c>Input</c> (UserName, Action, Comment) and <c>Workflow</c> (Id, Type).
/// The filter <c>display_text</c> gives an item's title from its id, <c>user_display_name</c> the name
/// a user is shown by from their user name.
/// </summary>
internal sealed class LiquidExpressions : IWorkflowExpressions
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ActivityContext, Dictionary<string, object?>?> _contentModels = new();

    public LiquidExpressions()
    {
        _options = new TemplateOptions { MaxSteps = 10_000 };
        _options.Filters.AddFilter("display_text", DisplayTextAsync);
        _options.Filters.AddFilter("user_display_name", UserDisplayNameAsync);
    }

    public async Task<string> RenderAsync(string template, ActivityContext context)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return "";
        }

        if (!template.Contains("{{", StringComparison.Ordinal) && !template.Contains("{%", StringComparison.Ordinal))
        {
            return template;
        }

        var parsed = Parse(template);
        var templateContext = await ContextOfAsync(context);
        return await parsed.RenderAsync(templateContext, NullEncoder.Default);
    }

    public async Task<bool> EvaluateAsync(string condition, ActivityContext context) =>
        await RenderAsync(ConditionTemplate(condition), context) == "1";

    public string? Check(string templateOrCondition, bool isCondition)
    {
        var source = isCondition ? ConditionTemplate(templateOrCondition) : templateOrCondition;
        return Parser.TryParse(source, out _, out var error) ? null : $"Liquid kan ikke læses: {error}";
    }

    private static string ConditionTemplate(string condition) => $"{{% if {condition} %}}1{{% else %}}0{{% endif %}}";

    private IFluidTemplate Parse(string template) => _templates.GetOrAdd(template, source =>
        Parser.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new WorkflowFaultException($"Liquid kan ikke læses: {error}"));

    private async Task<TemplateContext> ContextOfAsync(ActivityContext context)
    {
        var templateContext = new TemplateContext(_options);
        templateContext.AmbientValues["services"] = context.Services;
        templateContext.SetValue("Content", await ContentModelOfAsync(context));
        templateContext.SetValue("Properties", ToClr(context.Properties));
        templateContext.SetValue("Input", new Dictionary<string, object?>
        {
            ["EventName"] = context.Input.EventName,
            ["UserName"] = context.Input.UserName,
            ["Action"] = context.Input.Action,
            ["Comment"] = context.Input.Comment,
        });
        templateContext.SetValue("Workflow", new Dictionary<string, object?> { ["Id"] = context.WorkflowId, ["Type"] = context.WorkflowTypeName });
        return templateContext;
    }

    /// <summary>
    /// The item as one activity sees it, read once for all the templates it renders (a task's title
    /// and each assignee's key and label): an activity changes the item only after rendering.
    /// </summary>
    private async Task<Dictionary<string, object?>?> ContentModelOfAsync(ActivityContext context)
    {
        if (_contentModels.TryGetValue(context, out var model))
        {
            return model;
        }

        var content = await context.LatestContentAsync();
        model = content is null ? null : ContentModel(content);
        _contentModels.AddOrUpdate(context, model);
        return model;
    }

    private static Dictionary<string, object?> ContentModel(ContentItem item)
    {
        var model = ToClr(item.Content) as Dictionary<string, object?> ?? [];
        model["ContentItemId"] = item.ContentItemId;
        model["ContentType"] = item.ContentType;
        model["DisplayText"] = item.DisplayText;
        model["Owner"] = item.Owner;
        model["Author"] = item.Author;
        model["Published"] = item.Published;
        return model;
    }

    private static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToClr(p.Value)),
        JsonArray a => a.Select(ToClr).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            // Values made in memory (a DateTime, an int) convert only through their JSON text.
            JsonValueKind.String => v.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(v.ToJsonString()),
            JsonValueKind.Number => decimal.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    private static async ValueTask<FluidValue> UserDisplayNameAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var userName = input.ToStringValue();
        if (string.IsNullOrEmpty(userName) || context.AmbientValues["services"] is not IServiceProvider services)
        {
            return input;
        }

        var normalized = userName.ToUpperInvariant();
        var displayName = await services.GetRequiredService<PortalDbContext>().Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized)
            .Select(u => u.DisplayName)
            .FirstOrDefaultAsync();
        return new StringValue(string.IsNullOrWhiteSpace(displayName) ? userName : displayName);
    }

    private static async ValueTask<FluidValue> DisplayTextAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var id = input.ToStringValue();
        if (string.IsNullOrEmpty(id) || context.AmbientValues["services"] is not IServiceProvider services)
        {
            return NilValue.Instance;
        }

        var item = await services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
        return item is null ? NilValue.Instance : new StringValue(item.DisplayText);
    }
}

/// <summary>An activity cannot go on; the run is undone and the workflow marked faulted with this message.</summary>
public sealed class WorkflowFaultException(string message) : Exception(message);
