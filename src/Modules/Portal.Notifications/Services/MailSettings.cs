using System.Net.Mail;
using Microsoft.Extensions.Options;
using Portal.Notifications.ViewModels;

namespace Portal.Notifications.Services;

/// <summary>What the settings page shows: where e-mails go, what is wrong with the settings, the queue, and a try of the server.</summary>
public sealed class MailSettings(IOptions<NotificationOptions> options, IMailTransport transport, MailQueue queue)
{
    public string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    public async Task<MailSettingsViewModel> PageAsync(bool check)
    {
        (bool, string)? answer = null;
        var problems = Problems();
        if (check)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Clamp(options.Value.Smtp.TimeoutSeconds, 1, 60)));
            answer = problems.Count > 0 ? (false, "Indstillingerne er ikke gyldige; ret dem først.") : await transport.CheckAsync(timeout.Token);
        }

        return new MailSettingsViewModel(transport.Describe(), $"{options.Value.FromName} <{options.Value.From}>", BaseUrl, await queue.StateAsync(), problems, answer);
    }

    /// <summary>What is wrong with the configured values, in Danish.</summary>
    public IReadOnlyList<string> Problems()
    {
        var value = options.Value;
        var problems = new List<string>();
        if (!MailAddress.TryCreate(value.From, out _))
        {
            problems.Add($"Afsenderadressen (Notifications:From) \"{value.From}\" er ikke en e-mailadresse.");
        }

        if (!Uri.TryCreate(value.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"Portalens adresse (Notifications:BaseUrl) \"{value.BaseUrl}\" er ikke en http- eller https-adresse.");
        }

        if (!string.IsNullOrWhiteSpace(value.Smtp.Host) && value.Smtp.Port is < 1 or > 65535)
        {
            problems.Add($"Porten (Notifications:Smtp:Port) {value.Smtp.Port} skal være mellem 1 og 65535.");
        }

        return problems;
    }
}
