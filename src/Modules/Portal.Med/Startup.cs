using Portal.Contents.Following;
using Portal.Contents.FrontPage;
using Portal.Contents.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;
using Portal.Core.Modules;
using Portal.Core.Notify;
using Portal.Med.Apis;
using Portal.Med.Handlers;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.Search;
using Portal.Med.Services;

namespace Portal.Med;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<MainMenu>();
        services.AddDbModel<MedIndexModel>();
        services.AddIndexProvider<CommitteeIndexProvider>();
        services.AddIndexProvider<CommitteeMemberIndexProvider>();
        services.AddIndexProvider<MeetingIndexProvider>();
        services.AddIndexProvider<AgendaItemIndexProvider>();
        services.AddIndexProvider<DecisionIndexProvider>();
        services.AddVisibilityProvider<MedVisibilityProvider>();
        services.AddPrincipalKeyProvider<CommitteeMembershipKeys>();
        services.AddPrincipalKeyHolders<CommitteeKeyHolders>();
        services.AddScoped<CaseCarrying>();
        services.AddActivity<Activities.CarryToNextCommitteeActivity>();
        services.AddContentEditorKeys<MedEditorKeys>();
        services.AddContentHandler<MedReadersFollowChanges>();
        services.AddContentHandler<MeetingNotifications>();
        services.AddNotificationType(MeetingNotifications.AgendaPublished);
        services.AddNotificationType(MeetingNotifications.SupplementaryAgenda);
        services.AddNotificationType(MeetingNotifications.MinutesPublished);

        services.AddContentPart<CommitteePart>("Udvalg");
        services.AddContentPart<MeetingPart>("Møde").UseDisplayDriver<Drivers.MeetingPartDriver>().AddHandler<MinutesPublicationHandler>();
        services.AddContentPart<AgendaItemPart>("Dagsordenspunkt").UseDisplayDriver<Drivers.AgendaItemPartDriver>();

        services.AddSearchIndexHandler<MedSearchIndex>();
        services.AddTypesWithOwnPages(MedTypes.Committee, MedTypes.Meeting, MedTypes.AgendaItem);

        services.AddScoped<MedQueries>();
        services.AddFollowableType(MedTypes.Committee, "Udvalg", "/committees/{0}");
        services.AddFrontPageSection<FrontPage.MyCommitteesSection>();
        services.AddFrontPageSection<FrontPage.LatestDecisionsSection>();
        services.AddScoped<MedEditing>();
        services.AddScoped<MeetingPreparation>();
        services.AddScoped<CaseRoutes>();
        services.AddScoped<MedPages>();
        services.AddScoped<CommitteeRoster>();
        services.AddScoped<ItemHistory>();
        services.AddScoped<IPartVersionValues, AgendaItemVersionValues>();
        services.AddSingleton<CommitteeDirectory>();
        services.AddContentHandler<CommitteeDirectoryInvalidation>();
        services.AddScoped<ConfidentialityRelease>();
        services.AddSingleton<ReleaseWatermark>();
        services.AddHostedService<ConfidentialityReleaseJob>();
        services.AddScoped<MedReadQueries>();
        services.AddScoped<MeetingCalendar>();
        services.AddScoped<MinutesFeed>();
        services.AddScoped<FeedLinks>();
        services.AddMedFeedAuthentication();
        services.AddMedApiReference();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapMedFeeds();
        routes.MapMedApi();
        routes.MapMedApiReference();
    }
}
