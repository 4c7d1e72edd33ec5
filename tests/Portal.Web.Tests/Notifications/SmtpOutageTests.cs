using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Notifications.Models;
using Portal.Notifications.Services;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Notifications;

/// <summary>A portal whose SMTP server is at a port nothing listens on until a test starts one there.</summary>
public class SmtpNode : PortalFactory
{
    public SmtpNode()
        : this("Sqlite")
    {
    }

    protected SmtpNode(string provider)
        : base(provider, settings: new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = SmtpPortFor(provider).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:Smtp:TimeoutSeconds"] = "5",
        })
    {
        SmtpPort = SmtpPortFor(provider);
    }

    public int SmtpPort { get; }

    public TestClock Clock { get; } = new() { Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    // One port per provider for the life of the test run, so the settings know it before the host starts.
    private static readonly Dictionary<string, int> Ports = [];

    private static int SmtpPortFor(string provider)
    {
        lock (Ports)
        {
            if (!Ports.TryGetValue(provider, out var port))
            {
                Ports[provider] = port = FakeSmtpServer.FreePort();
            }

            return port;
        }
    }
}

public sealed class PostgresSmtpNode() : SmtpNode("Postgres");

/// <summary>
/// An SMTP outage delays e-mail and loses none: a message waits with the server's answer and a
/// growing pause, is sent once the server is back, and never twice; the settings page shows the
/// server's answer.
/// </summary>
public abstract class SmtpOutageTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : SmtpNode
{
    [Fact]
    public async Task An_email_waits_through_an_outage_and_is_delivered_once_when_the_server_is_back()
    {
        var subject = $"Referat: Testudvalget {Guid.NewGuid():N}";
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(MailQueue.Message("udvalg.medlem@kommune.invalid", "Udvalgsmedlem", subject, "Referatet er offentliggjort. Æ Ø Å.", node.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        await SendDueAsync();
        var waiting = await MessageAsync(subject);
        Assert.Null(waiting.SentUtc);
        Assert.True(waiting.Attempts >= 1);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));
        Assert.True(waiting.NextAttemptUtc > node.Clock.GetUtcNow().UtcDateTime, "A failed e-mail waits before it is tried again.");

        var admin = await node.LoginAsync("admin");
        var settings = await admin.GetPageAsync("/admin/notifications");
        Assert.Contains($"127.0.0.1:{node.SmtpPort}", settings, StringComparison.Ordinal);
        Assert.Contains(subject, WebUtility.HtmlDecode(settings), StringComparison.Ordinal);
        var check = await admin.Http.PostAsync("/admin/notifications/check", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PortalClient.TokenOf(settings) }));
        Assert.Equal(HttpStatusCode.BadGateway, check.StatusCode);
        Assert.Contains("Forbindelsen virker ikke", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var server = new FakeSmtpServer(node.SmtpPort);
        server.Start();
        var answer = await admin.Http.PostAsync("/admin/notifications/check", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PortalClient.TokenOf(settings) }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Forbindelsen virker", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        node.Clock.Now = node.Clock.GetUtcNow().AddHours(2);
        await SendDueAsync();
        Assert.NotNull((await MessageAsync(subject)).SentUtc);

        // Later rounds, and a second portal node's, never send it again.
        node.Clock.Now = node.Clock.GetUtcNow().AddHours(2);
        await SendDueAsync();
        await SendDueAsync();
        var received = Assert.Single(server.Messages, m => m.Contains(subject, StringComparison.Ordinal));
        Assert.Contains("udvalg.medlem@kommune.invalid", received, StringComparison.Ordinal);
    }

    private async Task SendDueAsync()
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MailQueue>().SendDueAsync();
    }

    private async Task<MailMessage> MessageAsync(string subject)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MailMessage>().AsNoTracking().SingleAsync(m => m.Subject == subject);
    }
}

public sealed class SqliteSmtpOutageTests(SmtpNode node) : SmtpOutageTests<SmtpNode>(node);

public sealed class PostgresSmtpOutageTests(PostgresSmtpNode node) : SmtpOutageTests<PostgresSmtpNode>(node);
