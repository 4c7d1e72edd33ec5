using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Modules;

/// <summary>
/// A module's <c>Startup.cs</c>: one registration per contribution, no logic.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void Configure(IApplicationBuilder app)
    {
    }

    public virtual void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
