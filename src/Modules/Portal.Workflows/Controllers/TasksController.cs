using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Display;
using Portal.Workflows.Services;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Controllers;

/// <summary>"Mine opgaver": the inbox, a task with what it is about, and acting on it. The rules are in <see cref="TaskInbox"/> and <see cref="TaskActing"/>.</summary>
public sealed class TasksController(TaskInbox inbox, TaskActing acting) : Controller
{
    [HttpGet("tasks")]
    public async Task<IActionResult> Index()
    {
        Response.Headers.CacheControl = "no-store";
        return View(new InboxViewModel(await inbox.OpenAsync(User)));
    }

    [HttpGet("tasks/{id:long}")]
    public async Task<IActionResult> Task(long id)
    {
        Response.Headers.CacheControl = "no-store";
        return await inbox.PageAsync(User, id) is { } page ? View(page) : NotFound();
    }

    [HttpPost("tasks/{id:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Act(long id, string? decision, string? comment, string? version)
    {
        var result = await acting.ActAsync(User, id, decision, comment, version);
        switch (result.Status)
        {
            case ActStatus.NotFound:
                return NotFound();
            case ActStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden, result.Message);
            case ActStatus.Invalid when await inbox.PageAsync(User, id) is { } page:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("Task", page with { Comment = comment, Error = result.Message });
            case ActStatus.Invalid:
                return BadRequest(result.Message);
            case ActStatus.AlreadyDone:
                Notifications.Write(TempData, result.Message, NotificationKind.Warning);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await inbox.PageAsync(User, id) is { } closed ? View("Task", closed) : RedirectToAction(nameof(Index));
            case ActStatus.Changed or ActStatus.NotWaiting when await inbox.PageAsync(User, id) is { } changed:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Task", changed with { Comment = comment, Error = result.Message });
            case ActStatus.Changed or ActStatus.NotWaiting:
                return Conflict(result.Message);
            case ActStatus.Busy:
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return await inbox.PageAsync(User, id) is { } busy ? View("Task", busy with { Comment = comment, Error = result.Message }) : BadRequest(result.Message);
            case ActStatus.Faulted:
                Notifications.Write(TempData, result.Message, NotificationKind.Warning);
                return RedirectToAction(nameof(Index));
            default:
                Notifications.Write(TempData, result.Message, NotificationKind.Success);
                return RedirectToAction(nameof(Index));
        }
    }
}
