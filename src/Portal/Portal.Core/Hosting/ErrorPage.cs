using Microsoft.AspNetCore.Http;

namespace Portal.Core.Hosting;

/// <summary>
/// What the Danish error page (re-executed for the response's status code) says for this request
/// instead of the status code's general text.
/// </summary>
public sealed record ErrorPageFeature(string Title, IReadOnlyList<string> Paragraphs);

public static class ErrorPage
{
    /// <summary>
    /// Refuses the request with <paramref name="status"/>: problem JSON under /api, otherwise an empty
    /// response that the status code pages turn into the error page with this title and text.
    /// </summary>
    public static Task RefuseAsync(HttpContext context, int status, string title, params string[] paragraphs)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return Results.Problem(statusCode: status, title: title, detail: string.Join(" ", paragraphs)).ExecuteAsync(context);
        }

        context.Features.Set(new ErrorPageFeature(title, paragraphs));
        return Task.CompletedTask;
    }
}
