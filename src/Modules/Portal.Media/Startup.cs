using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Media.Models;
using Portal.Media.Search;
using Portal.Media.Services;

namespace Portal.Media;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddDbModel<AttachmentModel>();

        services.AddSingleton<IFileStore, DiskFileStore>();
        services.AddSingleton<TextExtractor>();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<AttachmentOwners>();
        services.AddRecipeStep<MediaRecipeStep>();
        services.AddScoped<IMediaService, MediaService>();
        services.AddScoped<IAttachmentAccess, ContentItemAttachmentAccess>();
        services.AddSearchIndexHandler<MediaSearchIndex>();
    }
}
