using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Caching;
using Portal.Core.Modules;
using Portal.Core.Notify;
using Portal.Notifications.Apis;
using Portal.Notifications.Models;
using Portal.Notifications.Services;

namespace Portal.Notifications;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddDbModel<NotificationModel>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));

        // Written in the cause's transaction, delivered after it by the pump.
        services.AddScoped<INotificationQueue, NotificationQueue>();
        services.AddSingleton<NotificationPump>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationPump>());
        services.AddScoped<Recipients>();
        services.AddScoped<NotificationTemplates>();
        services.AddScoped<NotificationPreferences>();
        services.AddScoped<NotificationDispatcher>();
        services.AddScoped<DigestSender>();

        // E-mail: SMTP when a host is set, .eml files otherwise.
        services.AddScoped<MailQueue>();
        services.AddScoped<MailSettings>();
        services.AddScoped<IMailTransport>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<NotificationOptions>>().Value.Smtp.Host)
                ? ActivatorUtilities.CreateInstance<PickupDirectoryTransport>(provider)
                : ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider));

        // The bell and the list.
        services.AddScoped<NotificationInbox>();
        services.AddSingleton<BellHeaderItem>();
        services.AddSingleton<IPersonalHeaderItem>(provider => provider.GetRequiredService<BellHeaderItem>());
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => routes.MapNotificationApi();
}
