using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Hosting;
using Portal.Workflows.Services;

namespace Portal.Workflows.Apis;

/// <summary>An open task as the API gives it.</summary>
public sealed record TaskDto(
    [property: Description("Opgavens id; siden er /tasks/{id}.")] long Id,
    [property: Description("Hvad der skal tages stilling til.")] string Title,
    [property: Description("Id på det indhold, opgaven handler om.")] string ContentItemId,
    [property: Description("Indholdets titel.")] string ContentTitle,
    [property: Description("Arbejdsgangens navn.")] string WorkflowType,
    [property: Description("Hvem opgaven er til, fx Formand for Hovedudvalget.")] string AssignedAs,
    [property: Description("Frist, hvis der er en.")] DateTimeOffset? Due);

/// <summary>The caller's open tasks, in the portal's one OpenAPI document.</summary>
public static class TaskApi
{
    public static RouteGroupBuilder MapTaskApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api")
            .RequireAuthorization()
            .WithTags("Opgaver")
            .NoStore();
        api.MapGet("/tasks", GetTasksAsync)
            .WithName("GetTasks")
            .WithSummary("Dine åbne opgaver")
            .WithDescription("De opgaver, der er tildelt dig nu (også som formand, næstformand eller rolle), om indhold du må læse; den med den tidligste frist først. Kun til læsning: du handler på en opgave på dens side.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<TaskDto>>> GetTasksAsync(ClaimsPrincipal user, TaskInbox inbox)
    {
        var tasks = await inbox.OpenAsync(user);
        return TypedResults.Ok<IReadOnlyList<TaskDto>>([.. tasks.Select(t => new TaskDto(
            t.Id,
            t.Title,
            t.ContentItemId,
            t.ContentTitle,
            t.WorkflowType,
            t.AssignedAs,
            t.DueUtc is { } due ? new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)) : null))]);
    }
}
