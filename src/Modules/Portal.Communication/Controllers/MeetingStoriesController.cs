using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Communication.Services;
using Portal.Core.Display;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Communication.Controllers;

/// <summary>The button on an agenda item's page: a story draft from the meeting's "Kommunikation fra mødet".</summary>
[RequirePermission(CommunicationPermissionNames.ViewStories)]
public sealed class MeetingStoriesController(MeetingStoryDrafting drafting) : Controller
{
    [HttpPost("stories/from-meeting/{agendaItemId}")]
    public async Task<IActionResult> Draft(string agendaItemId)
    {
        var result = await drafting.DraftAsync(User, agendaItemId);
        switch (result.Status)
        {
            case StoryDraftStatus.NotFound:
                return NotFound();
            case StoryDraftStatus.Forbidden:
                return Forbid();
            case StoryDraftStatus.Refused:
                await ErrorPage.RefuseAsync(HttpContext, StatusCodes.Status409Conflict, "Der er ikke lavet en historie", result.Message!);
                return new EmptyResult();
            default:
                Notifications.Write(TempData, result.Status == StoryDraftStatus.Created
                    ? "Historieudkastet er lavet ud fra mødet. Skriv det færdigt, vælg et billede, og udgiv det."
                    : "Der er allerede en historie fra punktet. Her er den.");
                return Redirect($"/admin/contents/{result.StoryId}/edit");
        }
    }
}
