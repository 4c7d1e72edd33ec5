using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Drivers;
using Portal.Contents.Handlers;
using Portal.Contents.Indexes;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Content.Fields;
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

        services.AddScoped<ContentListQuery>();
        services.AddScoped<AutorouteService>();
        services.AddSingleton<ReservedAddresses>();
        services.AddScoped<VersionComparer>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
