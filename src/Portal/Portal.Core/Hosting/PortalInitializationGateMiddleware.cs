using Microsoft.AspNetCore.Http;

namespace Portal.Core.Hosting;

/// <summary>
/// A request that arrives while the start-up work still runs waits for it (having been routed
/// meanwhile), except the liveness check, which says only that the process runs.
/// </summary>
internal sealed class PortalInitializationGateMiddleware(RequestDelegate next, PortalInitialization initialization)
{
    public const string LivePath = "/health/live";

    public async Task InvokeAsync(HttpContext context)
    {
        var completion = initialization.Completion;
        if (!completion.IsCompletedSuccessfully && !context.Request.Path.Equals(LivePath, StringComparison.OrdinalIgnoreCase))
        {
            await completion.WaitAsync(context.RequestAborted);
        }

        await next(context);
    }
}
