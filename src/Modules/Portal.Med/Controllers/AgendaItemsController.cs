using Microsoft.AspNetCore.Mvc;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class AgendaItemsController(MedQueries queries, IContentVisibility visibility) : Controller
{
    [HttpGet("items/{id}")]
    public async Task<IActionResult> Show(string id)
    {
        var item = await queries.AgendaItemAsync(id, await visibility.KeysOfAsync(User));
        if (item is null || await queries.PublishedAsync(User, item.Part.MeetingId, MedTypes.Meeting) is not { } meeting)
        {
            return NotFound();
        }

        var meetingPart = meeting.As<MeetingPart>();

        var names = await queries.CommitteeNamesAsync();
        var committee = new CommitteeIndex { ContentItemId = meetingPart.CommitteeId, Name = names.GetValueOrDefault(meetingPart.CommitteeId, "") };
        return View(new AgendaItemPageViewModel(item, meeting, meetingPart, committee, names));
    }
}
