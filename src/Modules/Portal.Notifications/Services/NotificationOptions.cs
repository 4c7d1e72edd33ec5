using MailKit.Security;

namespace Portal.Notifications.Services;

/// <summary>
/// The section <c>Notifications</c>. Without an SMTP host, e-mails are written as .eml files under
/// <see cref="PickupDirectory"/> (by default <c>{DataPath}/mail</c>), so nothing leaves the machine.
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The portal's address, for the links in e-mails.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    public string From { get; set; } = "medportal@kommune.invalid";

    public string FromName { get; set; } = "MED-portalen";

    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Seconds to wait for the server.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
