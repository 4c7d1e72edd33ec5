using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// Reads every posted form before antiforgery validation and model binding, so that a form the reader
/// refuses (a value over its length limit, a NUL character) or a value with a NUL character (possible
/// in multipart forms) is answered with the Danish 400 page, logged, and reaches no action.
/// </summary>
internal sealed class FormInputFilter(ILogger<FormInputFilter> logger) : IAsyncAuthorizationFilter
{
    /// <summary>After an action's own form limits (uploads set theirs at -2000), before antiforgery (1000).</summary>
    public const int Order = -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        // The error page re-executed for a refused form must not refuse that form a second time.
        var isErrorPage = http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;
        if (isErrorPage || !http.Request.HasFormContentType)
        {
            return;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, exception.Message, BadInput.Unreadable);
            return;
        }
        catch (BadHttpRequestException exception)
        {
            var tooLarge = exception.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await RefuseAsync(context, exception.StatusCode, exception.Message, tooLarge ? BadInput.TooLarge : BadInput.Unreadable);
            return;
        }

        if (form.Any(field => BadInput.HasNul(field.Key) || field.Value.Any(BadInput.HasNul)))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "NUL character in a form field", BadInput.Unreadable);
        }
    }

    private async Task RefuseAsync(AuthorizationFilterContext context, int status, string reason, string message)
    {
        await BadInput.RefuseAsync(context.HttpContext, logger, status, reason, message);
        // Nothing written for a page: the status code pages show the error page with the message.
        context.Result = new EmptyResult();
    }
}
