using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Core.Hosting;

namespace Portal.Notifications.Services;

/// <summary>Hands one e-mail on: to the SMTP server, or to the pickup directory when none is set.</summary>
public interface IMailTransport
{
    /// <summary>Where e-mails go, in Danish, for the settings page.</summary>
    string Describe();

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    /// <summary>Tries the settings: the server's answer or the problem, in Danish.</summary>
    Task<(bool Works, string Answer)> CheckAsync(CancellationToken cancellationToken);
}

internal sealed class SmtpMailTransport(IOptions<NotificationOptions> options) : IMailTransport
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public string Describe() => $"SMTP-serveren {Smtp.Host}:{Smtp.Port} ({Smtp.Security}){(string.IsNullOrEmpty(Smtp.UserName) ? "" : $" som {Smtp.UserName}")}";

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    public async Task<(bool Works, string Answer)> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = await ConnectAsync(cancellationToken);
            await client.NoOpAsync(cancellationToken);
            var answer = $"Forbindelsen virker. Serveren kan: {client.Capabilities}.";
            await client.DisconnectAsync(true, cancellationToken);
            return (true, answer);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (false, $"Forbindelsen til {Smtp.Host}:{Smtp.Port} fejlede: {exception.Message}");
        }
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = Smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(Smtp.Host ?? "", Smtp.Port, Smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(Smtp.UserName))
            {
                await client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}

/// <summary>Writes each e-mail as <c>{Message-ID}.eml</c>: written again after a restart, it is the same file.</summary>
internal sealed class PickupDirectoryTransport(IOptions<NotificationOptions> options, DataPaths paths) : IMailTransport
{
    public string Directory => options.Value.PickupDirectory is { Length: > 0 } configured ? configured : paths.Combine("mail");

    public string Describe() => $"filer (.eml) i mappen {Directory}; der sendes intet";

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public Task<(bool Works, string Answer)> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            return Task.FromResult((true, $"Der er ingen SMTP-server sat op: e-mails skrives som filer i {Directory}."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult((false, $"Mappen {Directory} kan ikke bruges: {exception.Message}"));
        }
    }
}
