using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Core.Modules;

namespace Portal.Core.Hosting;

public static class PortalApplicationExtensions
{
    /// <summary>
    /// Starts the migrations, the first-run setup and the start-up tasks, and builds the request
    /// pipeline meanwhile. The host's start waits for the former (<see cref="PortalInitialization"/>).
    /// </summary>
    public static void UsePortal(this WebApplication app)
    {
        app.Services.GetRequiredService<PortalInitialization>().Start();

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        var portalOptions = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        if (PortalServiceCollectionExtensions.SecurePolicy(app.Environment, portalOptions) == CookieSecurePolicy.Always)
        {
            app.UseMiddleware<HttpsRequiredMiddleware>();
        }

        app.UseMiddleware<BadInputMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<PortalInitializationGateMiddleware>();
        app.UseRateLimiter();

        // Module middleware runs before authentication so that, e.g., the setup redirect can
        // answer before the login redirect would.
        foreach (var module in catalog.Modules)
        {
            module.Startup?.Configure(app);
        }

        app.UseAuthentication();
        app.UseAuthorization();

        // Reader pages come from the cache once the reader is known; their holes are filled per reader.
        app.UseMiddleware<Caching.PersonalHolesMiddleware>();
        app.UseOutputCache();

        app.MapHealthChecks(PortalInitializationGateMiddleware.LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllers();
        foreach (var module in catalog.Modules)
        {
            module.Startup?.MapRoutes(app);
        }
    }
}
