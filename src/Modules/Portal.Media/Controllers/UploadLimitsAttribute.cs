using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Display;
using Portal.Media.Services;
using Portal.Media.ViewModels;

namespace Portal.Media.Controllers;

/// <summary>
/// Lets a request through Kestrel and the form reader up to the configured upload size plus room for
/// the rest of the form, so that the upload service's own check answers in Danish. A request larger
/// still is refused here, with the same kind of answer, instead of an empty 413 or 400.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Before antiforgery validation (1000), which reads the form.</summary>
    public int Order => -2000;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new UploadLimitsFilter(serviceProvider.GetRequiredService<IOptions<MediaOptions>>());
}

internal sealed class UploadLimitsFilter(IOptions<MediaOptions> options) : IAsyncAuthorizationFilter
{
    private const long FormOverhead = 1024 * 1024;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var max = options.Value.MaxUploadBytes;
        var limit = max + FormOverhead;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!http.Request.HasFormContentType || http.Features.Get<IFormFeature>()?.Form is not null)
        {
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        string message;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
            return;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            message = Messages.TooLarge(null, http.Request.ContentLength, max);
        }
        catch (InvalidDataException)
        {
            // The multipart length limit, unless the body was within it: then the form itself is broken.
            message = http.Request.ContentLength is { } length && length <= limit
                ? Messages.Unreadable
                : Messages.TooLarge(null, http.Request.ContentLength, max);
        }

        if (UploadResponses.WantsHtml(http.Request))
        {
            // Result filters (which save TempData) do not run after an authorization filter answers.
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            Notifications.Write(tempData, message, NotificationKind.Error);
            tempData.Save();
            context.Result = new RedirectResult("/admin/media");
        }
        else
        {
            context.Result = new BadRequestObjectResult(new UploadRefusal(message));
        }
    }
}

internal static class UploadResponses
{
    /// <summary>The admin page's form asks for a page; scripts take the JSON.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
