using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Content.Visibility;
using Portal.Med.Services;

namespace Portal.Med.Apis;

/// <summary>
/// The meeting calendars (iCalendar) and the minutes feeds (Atom), for all committees and per
/// committee. They answer a signed-in browser and a subscription link with the user's token alike.
/// </summary>
public static class MedFeeds
{
    public static IEndpointRouteBuilder MapMedFeeds(this IEndpointRouteBuilder routes)
    {
        var feeds = routes.MapGroup("")
            .RequireAuthorization(FeedAuthentication.Policy)
            .ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                // Personal (the token) and changing: for the user's own client only.
                context.HttpContext.Response.Headers.CacheControl = "private, no-cache";
                return await next(context);
            });

        feeds.MapGet("/calendar.ics", CalendarAsync);
        feeds.MapGet("/committees/{id}/calendar.ics", CommitteeCalendarAsync);
        feeds.MapGet("/minutes.atom", MinutesAsync);
        feeds.MapGet("/committees/{id}/minutes.atom", CommitteeMinutesAsync);
        return routes;
    }

    public static async Task<ContentHttpResult> CalendarAsync(
        HttpContext context, ClaimsPrincipal user, MeetingCalendar calendar, IContentVisibility visibility) =>
        TypedResults.Text(
            await calendar.BuildAsync(await visibility.KeysOfAsync(user), null, "MED-portalen: alle udvalg", FeedLinks.BaseUri(context.Request)),
            MeetingCalendar.ContentType);

    public static async Task<Results<ContentHttpResult, NotFound>> CommitteeCalendarAsync(
        string id, HttpContext context, ClaimsPrincipal user, MeetingCalendar calendar, MedReadQueries reads, IContentVisibility visibility)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await reads.CommitteeAsync(id, keys) is not { } committee)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Text(
            await calendar.BuildAsync(keys, id, $"MED-portalen: {committee.DisplayText}", FeedLinks.BaseUri(context.Request)),
            MeetingCalendar.ContentType);
    }

    public static async Task<FileContentHttpResult> MinutesAsync(
        HttpContext context, ClaimsPrincipal user, MinutesFeed feed, IContentVisibility visibility) =>
        TypedResults.Bytes(
            await feed.BuildAsync(await visibility.KeysOfAsync(user), null, "Referater fra alle udvalg", FeedLinks.BaseUri(context.Request), SelfUri(context.Request)),
            MinutesFeed.ContentType);

    public static async Task<Results<FileContentHttpResult, NotFound>> CommitteeMinutesAsync(
        string id, HttpContext context, ClaimsPrincipal user, MinutesFeed feed, MedReadQueries reads, IContentVisibility visibility)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await reads.CommitteeAsync(id, keys) is not { } committee)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Bytes(
            await feed.BuildAsync(keys, id, $"Referater fra {committee.DisplayText}", FeedLinks.BaseUri(context.Request), SelfUri(context.Request)),
            MinutesFeed.ContentType);
    }

    /// <summary>The feed's own address without the token: the feed may be forwarded, the token must not.</summary>
    private static Uri SelfUri(HttpRequest request) => new(FeedLinks.BaseUri(request), request.Path.Value!.TrimStart('/'));
}
