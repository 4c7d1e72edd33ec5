using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Notifications.Services;
using Portal.Notifications.ViewModels;

namespace Portal.Notifications.Controllers;

/// <summary>E-mail settings and queue, and the templates, for administrators.</summary>
[Route("admin/notifications")]
[RequirePermission(NotificationPermissionNames.ManageNotifications)]
public sealed class NotificationsAdminController(MailSettings settings, MailQueue queue, NotificationTemplates templates) : Portal.Core.Display.AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await settings.PageAsync(check: false));

    /// <summary>Tries the SMTP settings and shows the server's answer.</summary>
    [HttpPost("check")]
    public async Task<IActionResult> Check()
    {
        var model = await settings.PageAsync(check: true);
        if (model.Check is { Works: false })
        {
            Response.StatusCode = StatusCodes.Status502BadGateway;
        }

        return View("Index", model);
    }

    [HttpPost("retry")]
    public async Task<IActionResult> Retry()
    {
        await queue.RetryNowAsync();
        Notify("E-mails, der venter på et nyt forsøg, sendes nu.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("templates")]
    public async Task<IActionResult> Templates()
    {
        var rows = new List<TemplateListRow>();
        foreach (var type in templates.Types)
        {
            var (_, _, custom) = await templates.CurrentAsync(type);
            rows.Add(new TemplateListRow(type, custom is not null, custom?.UpdatedUtc, custom?.UpdatedBy));
        }

        return View(rows);
    }

    [HttpGet("templates/{type}")]
    public async Task<IActionResult> Template(string type)
    {
        if (templates.TypeOf(type) is not { } known)
        {
            return NotFound();
        }

        var (subject, body, custom) = await templates.CurrentAsync(known);
        return View(new TemplateEditorViewModel(known, subject, body, custom is not null, null, await PreviewAsync(known, subject, body)));
    }

    /// <summary>Saves (or previews, or goes back to the module's own); a template that does not parse is refused and the old one kept.</summary>
    [HttpPost("templates/{type}")]
    public async Task<IActionResult> SaveTemplate(string type, string? subject, string? body, string? action)
    {
        if (templates.TypeOf(type) is not { } known)
        {
            return NotFound();
        }

        if (action == "reset")
        {
            await templates.ResetAsync(known);
            Notify("Skabelonen er sat tilbage til standard.");
            return RedirectToAction(nameof(Template), new { type });
        }

        subject ??= "";
        body ??= "";
        var (_, _, custom) = await templates.CurrentAsync(known);
        var error = Problem(subject, body);
        if (error is not null || action == "preview")
        {
            if (error is not null)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            return View("Template", new TemplateEditorViewModel(known, subject, body, custom is not null, error, error is null ? await PreviewAsync(known, subject, body) : null));
        }

        await templates.SaveAsync(known, subject, body, User.Identity?.Name);
        Notify("Skabelonen er gemt og bruges fra nu af.");
        return RedirectToAction(nameof(Template), new { type });
    }

    private static string? Problem(string subject, string body)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "Emnet må ikke være tomt.";
        }

        if (subject.Length > 1000 || body.Length > 8000)
        {
            return "Emnet må højst være 1.000 tegn og teksten 8.000.";
        }

        return NotificationTemplates.Check(subject) is { } subjectError ? $"Emne: {subjectError}"
            : NotificationTemplates.Check(body) is { } bodyError ? $"Tekst: {bodyError}"
            : null;
    }

    private async Task<Services.RenderedNotification?> PreviewAsync(Portal.Core.Notify.NotificationType type, string subject, string body)
    {
        try
        {
            return await NotificationTemplates.RenderAsync(subject, body, new TemplateModel(
                User.FindFirst("DisplayName")?.Value ?? User.Identity?.Name ?? "", type.SampleTitle, "", false, type.Sample, settings.BaseUrl + "/"));
        }
        catch (TemplateProblemException)
        {
            return null;
        }
    }
}
