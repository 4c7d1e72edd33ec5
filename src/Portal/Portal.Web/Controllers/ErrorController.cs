using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Controllers;

/// <summary>Danish error pages for status codes and unhandled exceptions.</summary>
[AllowAnonymous]
// Error pages re-execute the failed request with its method: a POST refused for a missing or stale
// antiforgery token must still get its Danish error page, not a second, empty 400.
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error/{statusCode:int:range(400,599)?}")]
    public IActionResult Index(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(code);
    }
}
