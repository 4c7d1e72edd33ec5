using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.Core.Notify;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>What a template is rendered with for one recipient.</summary>
public sealed record TemplateModel(string RecipientName, string ContentTitle, string ContentType, bool Redacted, IReadOnlyDictionary<string, string> Values, string Url);

/// <summary>A subject and body rendered for one recipient.</summary>
public sealed record RenderedNotification(string Subject, string Body);

/// <summary>
/// The Liquid templates of each kind: an administrator's when they wrote one, the module's own
/// otherwise. A template that does not parse is never saved, so a saved one always renders; should
/// one fail all the same, the module's own is used, so a notification is never lost to a template.
/// </summary>
public sealed partial class NotificationTemplates(
    PortalDbContext db,
    IEnumerable<NotificationType> types,
    IMemoryCache cache,
    ReadCacheSignal signal,
    TimeProvider clock,
    ILogger<NotificationTemplates> logger)
{
    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);
    private static readonly TemplateOptions Options = new() { MaxSteps = 10_000, MaxRecursion = 20 };
    private readonly Dictionary<string, NotificationType> _types = types.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>Every kind, in the order the modules declared them.</summary>
    public IReadOnlyList<NotificationType> Types => [.. _types.Values];

    public NotificationType? TypeOf(string name) => _types.GetValueOrDefault(name);

    /// <summary>The templates in use for a kind: (subject, body, written by an administrator).</summary>
    public async Task<(string Subject, string Body, NotificationTemplate? Custom)> CurrentAsync(NotificationType type)
    {
        var custom = (await CustomAsync()).GetValueOrDefault(type.Name);
        return custom is null ? (type.Subject, type.Body, null) : (custom.Subject, custom.Body, custom);
    }

    public async Task<RenderedNotification> RenderAsync(NotificationType type, TemplateModel model)
    {
        var (subject, body, custom) = await CurrentAsync(type);
        try
        {
            return await RenderAsync(subject, body, model);
        }
        catch (Exception exception) when (custom is not null && exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The template of {Type} failed; the module's own was used", type.Name);
            return await RenderAsync(type.Subject, type.Body, model);
        }
    }

    /// <summary>Renders templates not saved yet, for the preview: a problem is thrown as <see cref="TemplateProblemException"/>.</summary>
    public static async Task<RenderedNotification> RenderAsync(string subject, string body, TemplateModel model)
    {
        var context = new TemplateContext(Options);
        context.SetValue("recipient", new Dictionary<string, object?> { ["name"] = model.RecipientName });
        context.SetValue("content", new Dictionary<string, object?> { ["title"] = model.ContentTitle, ["type"] = model.ContentType, ["redacted"] = model.Redacted });
        context.SetValue("values", model.Values.ToDictionary(v => v.Key, v => (object?)v.Value));
        context.SetValue("url", model.Url);
        var renderedSubject = await Parse(subject).RenderAsync(context, NullEncoder.Default);
        var renderedBody = await Parse(body).RenderAsync(context, NullEncoder.Default);
        return new RenderedNotification(OneLine(renderedSubject), TidyBody(renderedBody));
    }

    /// <summary>What is wrong with a template, in Danish with its line, or null when it parses.</summary>
    public static string? Check(string template)
    {
        if (Parser.TryParse(template, out _, out var error))
        {
            return null;
        }

        return Position().Match(error) is { Success: true } at
            ? $"Linje {at.Groups[1].Value}: skabelonen kan ikke læses ({error})."
            : $"Skabelonen kan ikke læses ({error}).";
    }

    public async Task SaveAsync(NotificationType type, string subject, string body, string? userName)
    {
        var row = await db.Set<NotificationTemplate>().FirstOrDefaultAsync(t => t.Type == type.Name);
        if (row is null)
        {
            row = new NotificationTemplate { Type = type.Name };
            db.Add(row);
        }

        row.Subject = subject;
        row.Body = body;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = userName;
        await db.SaveChangesAsync();
    }

    public async Task ResetAsync(NotificationType type)
    {
        if (await db.Set<NotificationTemplate>().FirstOrDefaultAsync(t => t.Type == type.Name) is { } row)
        {
            db.Remove(row);
            await db.SaveChangesAsync();
        }
    }

    private async Task<IReadOnlyDictionary<string, NotificationTemplate>> CustomAsync()
    {
        var generation = signal.Generation;
        if (cache.TryGetValue("Portal.Notifications.Templates", out (long Generation, Dictionary<string, NotificationTemplate> Templates) cached) && cached.Generation == generation)
        {
            return cached.Templates;
        }

        var templates = await db.Set<NotificationTemplate>().AsNoTracking().ToDictionaryAsync(t => t.Type, StringComparer.Ordinal);
        cache.Set("Portal.Notifications.Templates", (generation, templates), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5), Size = 1 });
        return templates;
    }

    private static IFluidTemplate Parse(string template) => Parsed.GetOrAdd(template, source =>
        Parser.TryParse(source, out var parsed, out var error) ? parsed : throw new TemplateProblemException(Check(source) ?? error));

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static string TidyBody(string text) => BlankLines().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), "\n\n");

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\n[ \t]*\n(\s*\n)+")]
    private static partial Regex BlankLines();
}

/// <summary>A template that cannot be used, with what is wrong in Danish.</summary>
public sealed class TemplateProblemException(string message) : Exception(message);
