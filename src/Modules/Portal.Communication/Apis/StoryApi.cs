using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Communication.Models;
using Portal.Communication.Services;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Media.Services;

namespace Portal.Communication.Apis;

/// <summary>A story as the API gives it; <c>imageUrl</c> is its main image, at most 960 pixels wide.</summary>
public sealed record StoryDto(
    string Id,
    string Title,
    string Lead,
    string Body,
    string? ImageUrl,
    string ImageAlt,
    string AreaId,
    string Area,
    string Profession,
    IReadOnlyList<string> Tags,
    IReadOnlyList<StoryChannel> Channels,
    bool Featured,
    string Author,
    DateTimeOffset? PublishedUtc);

public sealed record StoryPageDto(int Page, int PageSize, int PageCount, int Total, IReadOnlyList<StoryDto> Stories);

/// <summary>The published stories as the caller may see them, newest first, in the portal's one OpenAPI document.</summary>
public static class StoryApi
{
    public static RouteGroupBuilder MapStoryApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewStories.Name))
            .WithTags("Historier")
            .NoStore();
        api.MapGet("/stories", GetStoriesAsync)
            .WithName("GetStories")
            .WithSummary("De udgivne historier, nyeste først, 12 pr. side")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Filtrér på område (id) og emne.");
        return api;
    }

    public static async Task<Results<Ok<StoryPageDto>, ProblemHttpResult>> GetStoriesAsync(
        [Description("Kun historier fra dette område (id).")] string? area,
        [Description("Kun historier med dette emne.")] string? tag,
        [Description("Side, fra 1.")] string? page,
        ClaimsPrincipal user,
        StoryPages pages)
    {
        if (ReaderApi.ParsePage(page, out var number) is { } badPage)
        {
            return badPage;
        }

        var filter = new StoryFilter(AreaId: area, Tag: tag, Page: number);
        var list = string.IsNullOrEmpty(area) ? await pages.ListAsync(user, filter) : await pages.AreaAsync(user, filter);
        if (list is null)
        {
            return ReaderApi.NotFound($"Området '{area}' findes ikke.");
        }

        if (list.Filter.Page != number && list.Total > 0)
        {
            return ReaderApi.PageBeyond(page, list.PageCount, "historier");
        }

        return TypedResults.Ok(new StoryPageDto(list.Filter.Page, list.Filter.PageSize, list.PageCount, list.Total, [.. list.Stories.Select(s => new StoryDto(
            s.Id,
            s.Title,
            s.Part.Lead,
            s.Part.Body,
            s.Image is { } image ? MediaUrls.For(image, 960) : null,
            s.Part.ImageAlt,
            s.Part.AreaId,
            s.AreaName,
            s.Part.Profession,
            s.Part.Tags,
            s.Part.Channels,
            s.Part.Featured,
            s.Part.Author,
            s.Item.PublishedUtc is { } published ? new DateTimeOffset(DateTime.SpecifyKind(published, DateTimeKind.Utc)) : null))]));
    }
}
