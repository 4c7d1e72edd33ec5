using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Users.Recipes;
using Portal.Users.Services;

namespace Portal.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddScoped<RoleSeeder>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<KnownDevices>();
        services.AddScoped<Portal.Core.Hosting.IPortalStartupTask, NewPermissionsStartupTask>();
        services.AddRecipeStep<RolesRecipeStep>();
        services.AddRecipeStep<UsersRecipeStep>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
        });
    }

    public override void Configure(IApplicationBuilder app) =>
        app.UseMiddleware<SetupRedirectMiddleware>();
}
