using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Content.Display;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Med.Services;

namespace Portal.Med.Controllers;

/// <summary>
/// Where a committee's secretary prepares a meeting: time and place, the agenda in order, each item's
/// sections, attendance and decisions, and publishing the agenda and then the minutes. The rules are
/// in <see cref="MeetingPreparation"/>; this translates them to and from HTTP.
/// </summary>
[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class MeetingEditorController(MeetingPreparation preparation) : Controller, IUpdateModel
{
    [HttpGet("committees/{committeeId}/meetings/new")]
    public async Task<IActionResult> New(string committeeId) =>
        Respond(await preparation.NewMeetingAsync(User, committeeId), "Meeting", _ => "");

    [HttpPost("committees/{committeeId}/meetings/new")]
    public async Task<IActionResult> Create(string committeeId) =>
        Respond(await preparation.CreateMeetingAsync(User, committeeId, this), "Meeting", id => $"/meetings/{id}/edit");

    [HttpGet("meetings/{id}/edit")]
    public async Task<IActionResult> Edit(string id) =>
        Respond(await preparation.MeetingEditorAsync(User, id), "Meeting", _ => "");

    [HttpPost("meetings/{id}/edit")]
    public async Task<IActionResult> Update(string id, Guid concurrencyStamp) =>
        Respond(await preparation.UpdateMeetingAsync(User, id, concurrencyStamp, this), "Meeting", _ => $"/meetings/{id}/edit", $"/meetings/{id}/edit");

    [HttpPost("meetings/{id}/agenda/{itemId}/move")]
    public async Task<IActionResult> Move(string id, string itemId, int offset, Guid concurrencyStamp) =>
        Respond(await preparation.MoveAsync(User, id, itemId, offset, concurrencyStamp), "", _ => $"/meetings/{id}/edit#dagsorden", $"/meetings/{id}/edit#dagsorden");

    /// <summary>The whole agenda in a new order, as the drag and drop in the editor sends it.</summary>
    [HttpPost("meetings/{id}/agenda/order")]
    public async Task<IActionResult> Order(string id, List<string> order, Guid concurrencyStamp) =>
        Respond(await preparation.ReorderAsync(User, id, order, concurrencyStamp), "", _ => $"/meetings/{id}/edit#dagsorden", $"/meetings/{id}/edit#dagsorden");

    [HttpGet("meetings/{id}/items/new")]
    public async Task<IActionResult> NewItem(string id) =>
        Respond(await preparation.NewItemAsync(User, id), "Item", _ => "");

    [HttpPost("meetings/{id}/items/new")]
    public async Task<IActionResult> CreateItem(string id, List<IFormFile> newAttachments) =>
        Respond(await preparation.AddItemAsync(User, id, this, newAttachments), "Item", _ => $"/meetings/{id}/edit#dagsorden", $"/meetings/{id}/edit");

    [HttpGet("items/{id}/edit")]
    public async Task<IActionResult> EditItem(string id) =>
        Respond(await preparation.ItemEditorAsync(User, id), "Item", _ => "");

    [HttpPost("items/{id}/edit")]
    public async Task<IActionResult> UpdateItem(string id, Guid concurrencyStamp, List<IFormFile> newAttachments) =>
        Respond(await preparation.UpdateItemAsync(User, id, concurrencyStamp, this, newAttachments), "Item", meetingId => $"/meetings/{meetingId}/edit#dagsorden", $"/items/{id}/edit");

    /// <summary>Sends the case on to a meeting of the next committee in its Sagsgang; back to this item, which now shows where it went.</summary>
    [HttpPost("items/{id}/carry")]
    public async Task<IActionResult> Carry(string id, string? targetMeetingId) =>
        Respond(await preparation.CarryAsync(User, id, targetMeetingId), "", itemId => $"/items/{itemId}/edit", $"/items/{id}/edit", refusalOnPage: true);

    /// <summary>Sends the minutes for approval; back to the meeting's editor with what happened.</summary>
    [HttpPost("meetings/{id}/minutes/{name}")]
    public async Task<IActionResult> MinutesAction(string id, string name) =>
        Respond(await preparation.RunMinutesActionAsync(User, id, name), "", meetingId => $"/meetings/{meetingId}/edit", $"/meetings/{id}/edit", refusalOnPage: true);

    Task<bool> IUpdateModel.TryUpdateModelAsync<TModel>(TModel model, string prefix) => TryUpdateModelAsync(model, prefix);

    /// <param name="view">The editor to show (and to show again with what to correct); empty for actions without a page.</param>
    /// <param name="done">Where to go once the change is made, from the id the service gives.</param>
    /// <param name="back">Where to go when someone else saved first.</param>
    /// <param name="refusalOnPage">A refused choice is shown on <paramref name="back"/> rather than as a bare 400.</param>
    private IActionResult Respond<T>(Prepared<T> result, string view, Func<string, string> done, string? back = null, bool refusalOnPage = false)
        where T : class
    {
        switch (result.Status)
        {
            case PreparationStatus.NotFound:
                return NotFound();
            case PreparationStatus.Forbidden:
                return Forbid();
            case PreparationStatus.Conflict:
                Notifications.Write(TempData, "En anden har gemt ændringer i mellemtiden. Intet er overskrevet; se den nyeste udgave og gentag din ændring.", NotificationKind.Warning);
                return Redirect(back!);
            case PreparationStatus.Invalid when result.Model is null:
                if (refusalOnPage)
                {
                    Notifications.Write(TempData, result.Message ?? "", NotificationKind.Error);
                    return Redirect(back!);
                }

                return BadRequest(result.Message);
            case PreparationStatus.Invalid:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(view, result.Model);
            case PreparationStatus.Done when result.Model is not null:
                return View(view, result.Model);
            default:
                Notifications.Write(TempData, result.Message ?? "");
                return Redirect(done(result.ContentItemId!));
        }
    }
}
