using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;

namespace Portal.Contents.Following;

/// <summary>
/// A reader page that shows whether the reader follows something: it is cached per answer as well
/// as per reader keys. With a route value name, it is whether they follow that item (two copies of
/// a committee page); without, everything they follow (the front page).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FollowStateAttribute(string? routeValue = null) : Attribute, IReaderPageVariation
{
    public string Name => "follows";

    public async ValueTask<string> ValueAsync(HttpContext context)
    {
        var follows = context.RequestServices.GetRequiredService<Follows>();
        if (routeValue is null)
        {
            return await follows.StampAsync(context.User);
        }

        return context.GetRouteValue(routeValue) is string id && await follows.IsFollowingAsync(context.User, id) ? "yes" : "no";
    }
}
