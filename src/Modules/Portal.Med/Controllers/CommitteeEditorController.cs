using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Contents.Models;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

/// <summary>Committees and their members, kept by those who manage MED.</summary>
[RequirePermission(MedPermissionNames.ManageMed)]
public sealed class CommitteeEditorController(
    IContentManager contentManager,
    MedQueries queries,
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IPermissionService permissions,
    IContentDisplayManager display,
    IAuditTrail audit,
    ILogger<CommitteeEditorController> logger) : Controller, IUpdateModel
{
    private const int BlankRows = 3;

    /// <summary>The parts this form edits itself; fields and other parts are edited by their drivers.</summary>
    private static readonly string[] OwnParts = [nameof(TitlePart), nameof(CommitteePart)];

    [HttpGet("committees/new")]
    public async Task<IActionResult> New() =>
        View("Committee", await ModelAsync(null, new CommitteeForm(), await display.BuildEditorAsync(await contentManager.NewAsync(MedTypes.Committee), isNew: true, OwnParts)));

    [HttpPost("committees/new")]
    public async Task<IActionResult> Create(CommitteeForm form)
    {
        if (!await CanManageAccessAsync() && (form.GrantedRoles.Count > 0 || form.Members.Any(m => !string.IsNullOrWhiteSpace(m.Name))))
        {
            return Forbid();
        }

        var committee = await contentManager.NewAsync(MedTypes.Committee);
        var extras = await display.UpdateEditorAsync(committee, this, isNew: true, OwnParts);
        if (!await ValidateAsync(form, null))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Committee", await ModelAsync(null, form, extras));
        }

        Apply(committee, form);
        committee.Comment = AccessChange.Describe(new CommitteePart(), committee.As<CommitteePart>(), User.Identity?.Name);
        RecordMembership(new CommitteePart(), committee);
        await contentManager.CreateAsync(committee, publish: true);
        Notifications.Write(TempData, $"Udvalget '{form.Name}' er oprettet.");
        return Redirect($"/committees/{committee.ContentItemId}");
    }

    [HttpGet("committees/{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: MedTypes.Committee } committee)
        {
            return NotFound();
        }

        var part = committee.As<CommitteePart>();
        var form = new CommitteeForm
        {
            Name = committee.DisplayText,
            Abbreviation = part.Abbreviation,
            Kind = part.Kind,
            ParentCommitteeId = part.ParentCommitteeId,
            Description = part.Description,
            GrantedRoles = part.GrantedRoles,
            MinutesNeedApproval = part.MinutesNeedApproval,
            Members = [.. part.Members.Select(MemberRow.Of)],
            ConcurrencyStamp = committee.ConcurrencyStamp,
        };
        return View("Committee", await ModelAsync(id, form, await display.BuildEditorAsync(committee, isNew: false, OwnParts)));
    }

    [HttpPost("committees/{id}/edit")]
    public async Task<IActionResult> Update(string id, CommitteeForm form)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: MedTypes.Committee } current)
        {
            return NotFound();
        }

        if (!await CanManageAccessAsync())
        {
            // The form shows members and roles read-only to those who may not change them: what is
            // stored stays, and a request that tries to change it changes nothing.
            var stored = current.As<CommitteePart>();
            var postedMembers = form.Members.Any(m => !string.IsNullOrWhiteSpace(m.Name));
            if ((form.GrantedRoles.Count > 0 && !form.GrantedRoles.ToHashSet().SetEquals(stored.GrantedRoles)) || postedMembers)
            {
                return Forbid();
            }

            form.GrantedRoles = stored.GrantedRoles;
            form.MinutesNeedApproval = stored.MinutesNeedApproval;
            form.Members = [.. stored.Members.Select(MemberRow.Of)];
        }

        // The posted fields are checked on a scratch item, so nothing is touched until all is valid.
        var extras = await display.UpdateEditorAsync(await contentManager.NewAsync(MedTypes.Committee), this, isNew: false, OwnParts);
        if (!await ValidateAsync(form, id))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Committee", await ModelAsync(id, form, extras));
        }

        try
        {
            var version = (await contentManager.BeginEditAsync(id, form.ConcurrencyStamp))!;
            var before = version.As<CommitteePart>();
            await display.UpdateEditorAsync(version, this, isNew: false, OwnParts);
            Apply(version, form);
            if (AccessChange.Describe(before, version.As<CommitteePart>(), User.Identity?.Name) is { } change)
            {
                version.Comment = change;
                logger.LogInformation("Committee {CommitteeId}: {Change}", id, change);
            }

            RecordMembership(before, version);
            await contentManager.SaveAsync(version, publish: true);
        }
        catch (ContentConflictException)
        {
            Notifications.Write(TempData, "En anden har gemt udvalget i mellemtiden. Intet er overskrevet; se den nyeste udgave og gentag din ændring.", NotificationKind.Warning);
            return Redirect($"/committees/{id}/edit");
        }

        Notifications.Write(TempData, $"Udvalget '{form.Name}' er gemt.");
        return Redirect($"/committees/{id}");
    }

    private async Task<bool> ValidateAsync(CommitteeForm form, string? id)
    {
        if (form.ParentCommitteeId is { Length: > 0 } parent)
        {
            var committees = await queries.CommitteesAsync();
            if (parent == id || committees.All(c => c.ContentItemId != parent) || IsBelow(committees, parent, id))
            {
                ModelState.AddModelError(nameof(CommitteeForm.ParentCommitteeId), "Vælg et andet overordnet udvalg: et udvalg kan ikke ligge under sig selv.");
            }
        }

        var knownRoles = await roles.Roles.Select(r => r.Name!).ToListAsync();
        if (form.GrantedRoles.Any(r => !knownRoles.Contains(r)))
        {
            ModelState.AddModelError(nameof(CommitteeForm.GrantedRoles), "En af de valgte roller findes ikke.");
        }

        foreach (var (row, index) in form.Members.Select((row, index) => (row, index)).Where(r => !string.IsNullOrWhiteSpace(r.row.Name)))
        {
            if (row.UserName is { Length: > 0 } userName && await users.FindByNameAsync(userName.Trim()) is { } user)
            {
                // Membership keys match the account's own spelling of its name.
                row.UserName = user.UserName;
            }
            else if (row.UserName is { Length: > 0 } unknown)
            {
                ModelState.AddModelError($"Members[{index}].UserName", $"Der findes ingen bruger med brugernavnet '{unknown}' (medlem {index + 1}).");
            }

            if (row.From is { } from && row.To is { } to && to < from)
            {
                ModelState.AddModelError($"Members[{index}].To", $"{row.Name}: perioden skal slutte efter, at den begynder.");
            }
        }

        return ModelState.IsValid;
    }

    /// <summary>Whether <paramref name="candidate"/> lies somewhere below the committee <paramref name="id"/>.</summary>
    private static bool IsBelow(IReadOnlyList<Indexes.CommitteeIndex> committees, string candidate, string? id)
    {
        if (id is null)
        {
            return false;
        }

        var byId = committees.ToDictionary(c => c.ContentItemId);
        for (var current = candidate; current is not null && byId.TryGetValue(current, out var node); current = node.ParentCommitteeId)
        {
            if (node.ParentCommitteeId == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Written with the committee's save, in its transaction; dropped if the save is refused.</summary>
    private void RecordMembership(CommitteePart before, ContentItem committee)
    {
        if (MembershipChange.Describe(before, committee) is { } change)
        {
            audit.Add(change);
        }
    }

    private static void Apply(ContentItem committee, CommitteeForm form)
    {
        var name = form.Name!.Trim();
        committee.SetTitle(name);
        committee.Apply(new CommitteePart
        {
            Kind = form.Kind,
            Abbreviation = form.Abbreviation?.Trim() ?? "",
            ParentCommitteeId = string.IsNullOrEmpty(form.ParentCommitteeId) ? null : form.ParentCommitteeId,
            Description = form.Description?.Trim() ?? "",
            GrantedRoles = [.. form.GrantedRoles.Distinct()],
            MinutesNeedApproval = form.MinutesNeedApproval,
            Members = [.. form.Members
                .Where(m => !string.IsNullOrWhiteSpace(m.Name))
                .Select(m => new CommitteeMember
                {
                    Name = m.Name!.Trim(),
                    UserName = string.IsNullOrWhiteSpace(m.UserName) ? null : m.UserName.Trim(),
                    Role = m.Role,
                    Side = m.Side,
                    Affiliation = string.IsNullOrWhiteSpace(m.Affiliation) ? null : m.Affiliation.Trim(),
                    From = m.From,
                    To = m.To,
                })],
        });
    }

    Task<bool> IUpdateModel.TryUpdateModelAsync<TModel>(TModel model, string prefix) => TryUpdateModelAsync(model, prefix);

    private async Task<CommitteeEditViewModel> ModelAsync(string? id, CommitteeForm form, ContentShape extras)
    {
        form.Members = [.. form.Members.Where(m => !string.IsNullOrWhiteSpace(m.Name)), .. Enumerable.Range(0, BlankRows).Select(_ => new MemberRow())];
        var committees = (await queries.CommitteesAsync()).Where(c => c.ContentItemId != id).ToList();
        return new CommitteeEditViewModel(id, form, committees, await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(), await CanManageAccessAsync())
        {
            Extras = extras.Results,
        };
    }

    private Task<bool> CanManageAccessAsync() => permissions.HasAsync(User, Permissions.ManageCommitteeAccess);
}
