using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Notify;

/// <summary>
/// A kind of notification a module sends (minutes published, a task for you …). Users choose per
/// kind how they get it; administrators may rewrite its Liquid templates.
/// </summary>
/// <param name="Name">Stable, e.g. <c>med.minutes</c>.</param>
/// <param name="Title">What users choose by, in Danish.</param>
/// <param name="Subject">The default subject template (Liquid, one line).</param>
/// <param name="Body">The default body template (Liquid, plain text).</param>
/// <param name="Sample">Values for an administrator's preview of the templates.</param>
public sealed record NotificationType(string Name, string Title, string Subject, string Body, IReadOnlyDictionary<string, string> Sample)
{
    /// <summary>The content title the preview shows.</summary>
    public string SampleTitle { get; init; } = "Eksempel på en titel";
}

public static class NotificationTypeExtensions
{
    public static IServiceCollection AddNotificationType(this IServiceCollection services, NotificationType type) =>
        services.AddSingleton(type);
}
