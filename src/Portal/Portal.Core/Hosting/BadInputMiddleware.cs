using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// Answers bad requests with 400 (or Kestrel's own 4xx) and the Danish error page, never 500: a NUL
/// character in the query string, and a request Kestrel or the form reader gave up on
/// (<see cref="BadHttpRequestException"/>: body too large, cut off, malformed). Forms read by MVC are
/// checked by <see cref="FormInputFilter"/>, after each action's own size limits apply.
/// </summary>
internal sealed class BadInputMiddleware(RequestDelegate next, ILogger<BadInputMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Kestrel refuses a raw NUL in the request line; only the escaped one gets through.
        if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            await BadInput.RefuseAsync(context, logger, StatusCodes.Status400BadRequest, "NUL character in the query string", BadInput.Unreadable);
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            var tooLarge = exception.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await BadInput.RefuseAsync(context, logger, exception.StatusCode, exception.Message, tooLarge ? BadInput.TooLarge : BadInput.Unreadable);
        }
    }
}
