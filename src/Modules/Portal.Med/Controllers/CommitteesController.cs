using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Following;
using Portal.Core.Caching;
using Portal.Core.Content.Display;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class CommitteesController(
    MedQueries queries,
    IContentVisibility visibility,
    IContentDisplayManager display,
    IPermissionService permissions,
    MedEditing editing) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("committees")]
    public async Task<IActionResult> Index() => View(new CommitteeOverviewViewModel(await queries.CommitteeTreeAsync())
    {
        CanManage = await permissions.HasAsync(User, Permissions.ManageMed),
    });

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [FollowState("id")]
    [HttpGet("committees/{id}")]
    public async Task<IActionResult> Show(string id, [FromServices] Follows follows)
    {
        var committee = await queries.PublishedAsync(User, id, MedTypes.Committee);
        if (committee is null)
        {
            return NotFound();
        }

        var part = committee.As<CommitteePart>();
        var all = await queries.CommitteesAsync();
        var keys = await visibility.KeysOfAsync(User);
        var (decisions, _, _) = await queries.DecisionsAsync(keys, id, null, null, null, page: 1, pageSize: 5);
        return View(new CommitteePageViewModel(
            committee,
            part,
            all.FirstOrDefault(c => c.ContentItemId == part.ParentCommitteeId),
            [.. all.Where(c => c.ParentCommitteeId == id)],
            await queries.UpcomingMeetingsAsync(keys, id, 5),
            await queries.LatestMinutesAsync(keys, id, 5),
            decisions)
        {
            CanManage = await permissions.HasAsync(User, Permissions.ManageMed),
            CanPrepare = await editing.CanEditAsync(User, id),
            IsFollowing = await follows.IsFollowingAsync(User, id),
            Extras = (await display.BuildDisplayAsync(committee, exceptParts: [nameof(Contents.Models.TitlePart), nameof(CommitteePart)])).Results,
        });
    }

    /// <summary>Every set of minutes of the committee, a year at a time.</summary>
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("committees/{id}/minutes")]
    public async Task<IActionResult> Minutes(string id, int? year)
    {
        if (await queries.PublishedAsync(User, id, MedTypes.Committee) is not { } committee)
        {
            return NotFound();
        }

        // A year that cannot be read is ignored, as a filter left empty.
        ModelState.Clear();
        var archive = await queries.MinutesArchiveAsync(await visibility.KeysOfAsync(User), id, year is >= 1900 and <= 2200 ? year : null);
        return View(new MinutesArchivePageViewModel(id, committee.DisplayText, archive));
    }
}
