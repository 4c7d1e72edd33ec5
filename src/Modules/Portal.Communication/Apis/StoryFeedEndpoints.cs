using Portal.Med.Services;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Communication.Services;
using Portal.Core.Content.Visibility;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Communication.Apis;

/// <summary>The stories' Atom feed, all or an area's, for a signed-in reader holding ViewStories.</summary>
public static class StoryFeedEndpoints
{
    public static IEndpointRouteBuilder MapStoryFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/stories/feed.atom", FeedAsync)
            .RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewStories.Name))
            .ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                // What the reader may see: for their own client only, and asked for again each time.
                context.HttpContext.Response.Headers.CacheControl = "private, no-cache";
                return await next(context);
            });
        return routes;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FeedAsync(
        string? area, HttpContext context, ClaimsPrincipal user, StoryFeed feed, StoryQueries queries, IContentVisibility visibility)
    {
        var keys = await visibility.KeysOfAsync(user);
        Portal.Core.Content.ContentItem? found = null;
        if (!string.IsNullOrEmpty(area) && (found = await queries.PublishedAsync(keys, CommunicationTypes.StoryArea, area)) is null)
        {
            return ReaderApi.NotFound($"Området '{area}' findes ikke.");
        }

        var baseUri = FeedLinks.BaseUri(context.Request);
        var self = new Uri(baseUri, "stories/feed.atom" + (found is null ? "" : $"?area={Uri.EscapeDataString(found.ContentItemId)}"));
        return TypedResults.Bytes(await feed.BuildAsync(keys, found, baseUri, self), StoryFeed.ContentType);
    }
}
