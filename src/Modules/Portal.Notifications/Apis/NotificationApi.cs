using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Hosting;
using Portal.Notifications.Services;

namespace Portal.Notifications.Apis;

/// <summary>A notification as the API gives it.</summary>
public sealed record NotificationDto(
    [property: Description("Beskedens id; /notifications/{id} åbner den og markerer den læst.")] long Id,
    [property: Description("Emnet.")] string Subject,
    [property: Description("Teksten.")] string Body,
    [property: Description("Hvor beskeden peger hen i portalen, hvis nogen steder.")] string? Url,
    [property: Description("Hvornår beskeden kom.")] DateTimeOffset Created,
    [property: Description("Om den er ulæst.")] bool Unread);

/// <summary>A page of the caller's notifications.</summary>
public sealed record NotificationListDto(
    [property: Description("Beskederne, nyeste først.")] IReadOnlyList<NotificationDto> Items,
    [property: Description("Siden (fra 1).")] int Page,
    [property: Description("Antal sider.")] int Pages,
    [property: Description("Antal ulæste i alt.")] int Unread);

/// <summary>The caller's notifications, in the portal's one OpenAPI document.</summary>
public static class NotificationApi
{
    public static RouteGroupBuilder MapNotificationApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .RequireAuthorization()
            .WithTags("Beskeder")
            .NoStore();
        api.MapGet("/notifications", GetNotificationsAsync)
            .WithName("GetNotifications")
            .WithSummary("Dine beskeder")
            .WithDescription("Dine beskeder, nyeste først, 20 pr. side, med om de er ulæste. En besked om indhold, du ikke længere har adgang til, nævner intet af det.");
        return api;
    }

    public static async Task<Ok<NotificationListDto>> GetNotificationsAsync(ClaimsPrincipal user, NotificationInbox inbox, int? page)
    {
        var result = await inbox.PageAsync(user, page ?? 1);
        return TypedResults.Ok(new NotificationListDto(
            [.. result.Items.Select(n => new NotificationDto(n.Id, n.Subject, n.Body, n.Url, new DateTimeOffset(DateTime.SpecifyKind(n.CreatedUtc, DateTimeKind.Utc)), n.Unread))],
            result.Page,
            result.Pages,
            result.Unread));
    }
}
