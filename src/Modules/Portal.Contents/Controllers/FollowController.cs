using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Following;
using Portal.Contents.ViewModels;
using Portal.Core.Display;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>Follow and unfollow with one button, and the list of what one follows.</summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class FollowController(Follows follows) : Controller
{
    [HttpGet("following")]
    public async Task<IActionResult> Index()
    {
        Response.Headers.CacheControl = "no-store";
        return View((await follows.OverviewAsync(User)).Select(g => new FollowedGroup(g.Type, g.Items)).ToList());
    }

    [HttpPost("follow/{id}")]
    public async Task<IActionResult> Follow(string id, string? returnUrl)
    {
        switch (await follows.FollowAsync(User, id))
        {
            case FollowOutcome.NotFound:
                return NotFound();
            case FollowOutcome.NotFollowable:
                return BadRequest("Det her kan ikke følges. Du kan følge udvalg og historieområder.");
        }

        Notifications.Write(TempData, "Du følger det nu. Nyt derfra vises på din forside.", NotificationKind.Success);
        return Back(returnUrl);
    }

    [HttpPost("unfollow/{id}")]
    public async Task<IActionResult> Unfollow(string id, string? returnUrl)
    {
        await follows.UnfollowAsync(User, id);
        Notifications.Write(TempData, "Du følger det ikke længere.", NotificationKind.Success);
        return Back(returnUrl);
    }

    private IActionResult Back(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
}
