using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Search;
using Portal.Core.Modules;
using Portal.Recommendations.Apis;
using Portal.Recommendations.Drivers;
using Portal.Recommendations.Indexes;
using Portal.Recommendations.Models;
using Portal.Recommendations.Search;
using Portal.Recommendations.Services;

namespace Portal.Recommendations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<MainMenu>();
        services.AddDbModel<RecommendationIndexModel>();
        services.AddIndexProvider<RecommendationIndexProvider>();
        services.AddIndexProvider<RelatedItemIndexProvider>();
        services.AddIndexProvider<InitiativeIndexProvider>();
        services.AddIndexProvider<FollowUpIndexProvider>();

        services.AddContentPart<ThemePart>("Tema").UseDisplayDriver<ThemePartDriver>();
        services.AddContentPart<RecommendationReportPart>("Rapport").UseDisplayDriver<ReportPartDriver>();
        services.AddContentPart<RecommendationPart>("Anbefaling").UseDisplayDriver<RecommendationPartDriver>();
        services.AddContentPart<StrategyPart>("Strategi").UseDisplayDriver<StrategyPartDriver>();
        services.AddContentPart<InitiativePart>("Initiativ").UseDisplayDriver<InitiativePartDriver>();
        services.AddContentPart<QuarterlyFollowUpPart>("Kvartalsopfølgning");
        services.AddContentPart<RelatedRecommendationsPart>("Anbefalinger og strategier").UseDisplayDriver<RelatedRecommendationsPartDriver>();

        services.AddSearchIndexHandler<RecommendationsSearchIndex>();
        services.AddTypesWithOwnPages(
            RecommendationTypes.Theme,
            RecommendationTypes.Report,
            RecommendationTypes.Recommendation,
            RecommendationTypes.Strategy,
            RecommendationTypes.Initiative,
            RecommendationTypes.FollowUp);

        services.AddScoped<RecommendationQueries>();
        services.AddScoped<RelatedAgendaItems>();
        services.AddScoped<EditorChoices>();
        services.AddScoped<FollowUpPermissions>();
        services.AddScoped<ReportPages>();
        services.AddScoped<StrategyPages>();
        services.AddScoped<FollowUpRecording>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => routes.MapRecommendationApi();
}
