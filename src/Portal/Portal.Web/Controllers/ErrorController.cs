using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Hosting;

namespace Portal.Web.Controllers;

/// <summary>Danish error pages for status codes and unhandled exceptions.</summary>
[AllowAnonymous]
// Error pages re-execute the failed request with its method: a POST refused for a missing or stale
// antiforgery token must still get its Danish error page, not a second, empty 400.
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    // No action parameters: binding them would read the failed request's form, and a form that could
    // not be read (the reason for the 400) would fail again and turn the page into a 500.
    [Route("error/{statusCode:int:range(400,599)?}")]
    public IActionResult Index()
    {
        var code = RouteData.Values["statusCode"] is { } value && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(ErrorViewModel.For(code, HttpContext.Features.Get<ErrorPageFeature>()));
    }
}
