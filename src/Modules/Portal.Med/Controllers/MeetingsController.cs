using Microsoft.AspNetCore.Mvc;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class MeetingsController(MedQueries queries, IContentVisibility visibility) : Controller
{
    [HttpGet("meetings/{id}")]
    public async Task<IActionResult> Show(string id)
    {
        var meeting = await queries.PublishedAsync(User, id, MedTypes.Meeting);
        if (meeting is null)
        {
            return NotFound();
        }

        var part = meeting.As<MeetingPart>();
        var names = await queries.CommitteeNamesAsync();
        var committee = new CommitteeIndex { ContentItemId = part.CommitteeId, Name = names.GetValueOrDefault(part.CommitteeId, "") };
        var items = await queries.AgendaAsync(part, await visibility.KeysOfAsync(User));
        return View(new MeetingPageViewModel(meeting, part, committee, items, names));
    }
}
