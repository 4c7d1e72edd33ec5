using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content.Handlers;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Search;
using Portal.Search.Apis;
using Portal.Search.Handlers;
using Portal.Search.Models;
using Portal.Search.Services;

namespace Portal.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddDbModel<SearchModel>();

        // Indexing: tasks written with each change, applied to this node's index by the pump.
        services.AddScoped<SearchIndexTaskHandler>();
        services.AddScoped<IContentHandler>(provider => provider.GetRequiredService<SearchIndexTaskHandler>());
        services.AddScoped<ISearchIndexQueue>(provider => provider.GetRequiredService<SearchIndexTaskHandler>());
        services.AddSingleton(provider => new SearchIndex(provider.GetRequiredService<DataPaths>(), configuration["Search:IndexPath"]));
        services.AddSingleton<SearchIndexPump>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchIndexPump>());
        services.AddPortalCommand<SearchRebuildCommand>();

        // Reading: the page, the box in the header, the API and the operators' page.
        services.AddScoped<SearchService>();
        services.AddScoped<SearchStatus>();
        services.AddHeaderPartial("_SearchBox");
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => routes.MapSearchApi();
}
