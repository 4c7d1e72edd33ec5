using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Portal.Notifications.Models;
using Portal.Notifications.Services;
using Portal.Notifications.ViewModels;
using Flash = Portal.Core.Display.Notifications;
using FlashKind = Portal.Core.Display.NotificationKind;

namespace Portal.Notifications.Controllers;

/// <summary>The signed-in user's notifications and their choices; the rules are in <see cref="NotificationInbox"/> and <see cref="NotificationPreferences"/>.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class NotificationsController(NotificationInbox inbox, NotificationPreferences preferences, NotificationTemplates templates) : Controller
{
    [HttpGet("notifications")]
    public async Task<IActionResult> Index(int page = 1)
    {
        Response.Headers.CacheControl = "no-store";
        return View(await inbox.PageAsync(User, page));
    }

    /// <summary>Opening one marks it read and goes where it points.</summary>
    [HttpGet("notifications/{id:long}")]
    public async Task<IActionResult> Open(long id)
    {
        var notification = await inbox.OpenAsync(User, id);
        if (notification is null)
        {
            return NotFound();
        }

        return notification.Url is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToAction(nameof(Index));
    }

    [HttpPost("notifications/read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkAllRead()
    {
        var marked = await inbox.MarkAllReadAsync(User);
        Flash.Write(TempData, marked == 0 ? "Der var ingen ulæste beskeder." : "Alle beskeder er markeret som læst.", FlashKind.Success);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("notifications/preferences")]
    public async Task<IActionResult> Preferences()
    {
        Response.Headers.CacheControl = "no-store";
        var chosen = await preferences.OfAsync(User.Identity!.Name!);
        return View(await ModelAsync(chosen.ByType, chosen.DigestAt.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture), []));
    }

    [HttpPost("notifications/preferences")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SavePreferences([FromForm] Dictionary<string, string>? delivery, string? digestAt)
    {
        var errors = new List<string>();
        var byType = new Dictionary<string, Delivery>(StringComparer.Ordinal);
        foreach (var type in templates.Types)
        {
            var value = delivery?.GetValueOrDefault(type.Name);
            if (value is null)
            {
                continue;
            }

            if (Enum.TryParse<Delivery>(value, out var parsed) && Enum.IsDefined(parsed))
            {
                byType[type.Name] = parsed;
            }
            else
            {
                errors.Add($"Vælg, hvordan du vil have \"{type.Title}\".");
            }
        }

        if (!TimeOnly.TryParseExact(digestAt ?? "", "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
        {
            errors.Add("Skriv tidspunktet for den daglige oversigt som tt:mm, fx 07:00.");
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Preferences", await ModelAsync(byType, digestAt ?? "", errors));
        }

        await preferences.SaveAsync(User.Identity!.Name!, byType, at);
        Flash.Write(TempData, "Dine valg er gemt.", FlashKind.Success);
        return RedirectToAction(nameof(Preferences));
    }

    private async Task<PreferencesViewModel> ModelAsync(IReadOnlyDictionary<string, Delivery> byType, string digestAt, IReadOnlyList<string> errors)
    {
        var email = await HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Core.Data.PortalUser>>().GetUserAsync(User) is { } user ? user.Email : null;
        return new PreferencesViewModel(
            [.. templates.Types.Select(t => new PreferenceRow(t, byType.GetValueOrDefault(t.Name, NotificationPreferences.Default)))],
            digestAt,
            email,
            errors);
    }
}
