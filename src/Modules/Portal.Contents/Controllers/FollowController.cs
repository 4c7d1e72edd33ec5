using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Following;
using Portal.Contents.ViewModels;
using Portal.Core.Content.Visibility;
using Portal.Core.Display;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>Follow and unfollow with one button, and the list of what one follows.</summary>
[RequirePermission(ContentPermissionNames.ViewContent)]
public sealed class FollowController(Follows follows, IContentVisibility visibility) : Controller
{
    [HttpGet("following")]
    public async Task<IActionResult> Index()
    {
        var keys = await visibility.KeysOfAsync(User);
        var groups = new List<FollowedGroup>();
        foreach (var type in follows.Types)
        {
            var ids = await follows.FollowedAsync(User, type.ContentType);
            var items = await visibility.GetManyAsync(keys, ids, contentType: type.ContentType);
            groups.Add(new FollowedGroup(type, [.. items.Values.Where(v => !v.IsRedacted).Select(v => v.Item).OrderBy(i => i.DisplayText, StringComparer.Create(FollowedGroup.Danish, false))]));
        }

        Response.Headers.CacheControl = "no-store";
        return View(groups);
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
