using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Portal.Contents.Services;

/// <summary>
/// First path segments the portal answers itself, read from the running portal: the first literal
/// segment of every route (so a module's new route is never hidden by a page, nor a page by it)
/// and every file or folder at the top of the web root.
/// </summary>
public sealed class ReservedAddresses(EndpointDataSource endpoints, IWebHostEnvironment environment)
{
    public bool IsReserved(string firstSegment) => All().Contains(firstSegment);

    public IReadOnlySet<string> All()
    {
        var reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal] }, ..])
            {
                reserved.Add(literal.Content);
            }
        }

        foreach (var entry in environment.WebRootFileProvider.GetDirectoryContents(""))
        {
            reserved.Add(entry.Name);
        }

        return reserved;
    }
}
