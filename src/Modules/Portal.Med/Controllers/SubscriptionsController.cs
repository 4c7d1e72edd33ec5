using Microsoft.AspNetCore.Mvc;
using Portal.Core.Content;
using Portal.Core.Security;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

/// <summary>
/// The reader's own calendar and minutes feed addresses, on pages of their own: the addresses carry a
/// personal token, so they stay off the committee pages, which may be shared by readers with the same permissions.
/// </summary>
[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class SubscriptionsController(MedQueries queries, FeedLinks feedLinks) : Controller
{
    [HttpGet("committees/subscribe")]
    public Task<IActionResult> All() => PageAsync(committee: null);

    [HttpGet("committees/{id}/subscribe")]
    public async Task<IActionResult> Committee(string id) =>
        await queries.PublishedAsync(User, id, MedTypes.Committee) is { } committee ? await PageAsync(committee) : NotFound();

    private async Task<IActionResult> PageAsync(ContentItem? committee)
    {
        // A session whose account is gone or deactivated gets no address; it has no access left to give.
        if (await feedLinks.ForAsync(committee?.ContentItemId) is not { } links)
        {
            return Forbid();
        }

        // Set as the response starts: the antiforgery token of the page's log-off form sets a
        // Cache-Control of its own while the view renders.
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = "no-store, private";
            return Task.CompletedTask;
        });
        return View("Index", new SubscriptionPageViewModel(committee, links));
    }
}
