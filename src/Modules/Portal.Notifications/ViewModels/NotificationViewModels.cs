using Portal.Core.Notify;
using Portal.Notifications.Models;
using Portal.Notifications.Services;

namespace Portal.Notifications.ViewModels;

public sealed record PreferenceRow(NotificationType Type, Delivery Delivery);

public sealed record PreferencesViewModel(IReadOnlyList<PreferenceRow> Rows, string DigestAt, string? Email, IReadOnlyList<string> Errors);

public sealed record MailSettingsViewModel(string Destination, string From, string BaseUrl, MailQueueState Queue, IReadOnlyList<string> Problems, (bool Works, string Answer)? Check);

public sealed record TemplateListRow(NotificationType Type, bool Custom, DateTime? UpdatedUtc, string? UpdatedBy);

public sealed record TemplateEditorViewModel(NotificationType Type, string Subject, string Body, bool Custom, string? Error, RenderedNotification? Preview);
