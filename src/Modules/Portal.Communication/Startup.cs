using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Communication.Apis;
using Portal.Communication.Drivers;
using Portal.Communication.Handlers;
using Portal.Core.Notify;
using Portal.Communication.Indexes;
using Portal.Communication.Models;
using Portal.Communication.Search;
using Portal.Communication.Services;
using Portal.Contents.Following;
using Portal.Contents.FrontPage;
using Portal.Contents.Search;
using Portal.Core.Modules;

namespace Portal.Communication;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<MainMenu>();
        services.AddDbModel<StoryIndexModel>();
        services.AddIndexProvider<StoryIndexProvider>();
        services.AddIndexProvider<StoryTagIndexProvider>();
        services.AddDbModel<StoryFromMeetingIndexModel>();
        services.AddIndexProvider<StoryFromMeetingIndexProvider>();

        services.AddContentPart<StoryAreaPart>("Område").UseDisplayDriver<StoryAreaPartDriver>();
        services.AddContentPart<StoryPart>("Historie").UseDisplayDriver<StoryPartDriver>().AddHandler<StoryPublishing>();
        services.AddContentPart<CommunicationStrategyPart>("Kommunikationsstrategi").UseDisplayDriver<CommunicationStrategyPartDriver>();

        services.AddSearchIndexHandler<CommunicationSearchIndex>();
        services.AddTypesWithOwnPages(CommunicationTypes.Story, CommunicationTypes.StoryArea, CommunicationTypes.Strategy);

        services.AddScoped<StoryQueries>();
        services.AddScoped<StoryPages>();
        services.AddContentHandler<StoryNotifications>();
        services.AddNotificationType(StoryNotifications.StoryPublished);
        services.AddFollowableType(CommunicationTypes.StoryArea, "Historieområder", "/stories/areas/{0}");
        services.AddScoped<FrontPage.FrontPageStories>();
        services.AddFrontPageSection<FrontPage.FeaturedStoriesSection>();
        services.AddFrontPageSection<FrontPage.LatestStoriesSection>();
        services.AddScoped<StoryFeed>();
        services.AddScoped<StrategyQueries>();
        services.AddScoped<CommunicationStrategyPages>();

        // A meeting's "Kommunikation fra mødet" becomes a story draft; MED's agenda items carry the part.
        services.AddContentPart<MeetingCommunicationPart>("Kommunikation fra mødet").UseDisplayDriver<MeetingCommunicationPartDriver>();
        services.AddContentPart<StoryFromMeetingPart>("Fra mødet").UseDisplayDriver<StoryFromMeetingPartDriver>();
        services.AddScoped<MeetingStories>();
        services.AddScoped<MeetingStoryDrafting>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapStoryApi();
        routes.MapStoryFeed();
    }
}
