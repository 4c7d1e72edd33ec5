using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.AuditTrail.Handlers;
using Portal.AuditTrail.Models;
using Portal.AuditTrail.Services;
using Portal.Core.Audit;
using Portal.Core.Modules;
using Quartz;

namespace Portal.AuditTrail;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddDbModel<AuditTrailModel>();

        // Recording: replaces the platform's default, which records nothing; records are never changed.
        services.RemoveAll<IAuditTrail>();
        services.AddScoped<IAuditTrail, DatabaseAuditTrail>();
        services.AddSingleton<IInterceptor, AppendOnlyRecords>();
        services.AddContentHandler<ContentAuditHandler>();

        // Reading: the admin view, the CSV and the editor's "Historik".
        services.AddScoped<AuditLog>();
        services.AddContentEditorPanel<HistoryPanel>();

        // Retention: once a day, the records older than AuditTrail:RetentionDays go.
        services.Configure<AuditTrailOptions>(configuration.GetSection("AuditTrail"));
        services.AddScoped<AuditRetention>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<AuditRetentionJob>(job => job.WithIdentity(AuditRetentionJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(AuditRetentionJob.Key)
                .WithIdentity("audit-retention-daily", "portal")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(10))
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromDays(1)).RepeatForever()));
        });
    }
}
