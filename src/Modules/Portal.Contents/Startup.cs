using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Portal.Contents.Drivers;
using Portal.Contents.Handlers;
using Portal.Contents.Indexes;
using Portal.Contents.Following;
using Portal.Contents.Models;
using Portal.Contents.Scheduling;
using Portal.Contents.Search;
using Portal.Contents.Services;
using Portal.Core.Content.Fields;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddNavigation<MainMenu>();
        services.AddDbModel<AutorouteIndexModel>();
        services.AddIndexProvider<AutorouteIndexProvider>();
        services.AddContentEditorKeys<ContentEditorKeys>();

        services.AddContentPart<TitlePart>("Titel").UseDisplayDriver<TitlePartDriver>().AddHandler<TitlePartHandler>();
        services.AddContentPart<HtmlBodyPart>("Brødtekst").UseDisplayDriver<HtmlBodyPartDriver>();
        services.AddContentPart<AutoroutePart>("Adresse").UseDisplayDriver<AutoroutePartDriver>();

        services.AddContentField<TextField, TextFieldDriver>();
        services.AddContentField<HtmlField, HtmlFieldDriver>();
        services.AddContentField<DateTimeField, DateTimeFieldDriver>();
        services.AddContentField<NumericField, NumericFieldDriver>();
        services.AddContentField<BooleanField, BooleanFieldDriver>();
        services.AddContentField<ContentPickerField, ContentPickerFieldDriver>();
        services.AddContentField<MediaField, MediaFieldDriver>();
        services.AddContentField<LinkField, LinkFieldDriver>();

        services.AddSearchIndexHandler<ContentsSearchIndex>();

        services.AddScoped<ContentListQuery>();
        services.AddScoped<AutorouteService>();
        services.AddSingleton<ReservedAddresses>();
        services.AddScoped<VersionComparer>();

        services.AddDbModel<ContentFollowModel>();
        services.AddScoped<Follows>();

        services.AddDbModel<ScheduledChangeModel>();
        services.AddScoped<ContentSchedule>();
        services.AddScoped<SchedulePlanner>();
        services.AddSingleton<ScheduleWakeUps>();
        services.AddScoped<IPortalStartupTask, ContentScheduleStartup>();
        services.AddContentHandler<PlansFollowTheItem>();
        services.AddScoped<Portal.Core.Recipes.IRecipeStepHandler, ScheduleRecipeStep>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<ContentScheduleJob>(job => job.WithIdentity(ScheduleWakeUps.JobKey).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(ScheduleWakeUps.JobKey)
                .WithIdentity("content-schedule-sweep", "portal")
                .StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
