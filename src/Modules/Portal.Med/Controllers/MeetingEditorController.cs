using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Html;
using Portal.Core.Security;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

/// <summary>
/// Where a committee's secretary prepares a meeting: time and place, the agenda in order, each item's
/// sections, attendance and decisions, and publishing the agenda and then the minutes.
/// </summary>
[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class MeetingEditorController(
    IContentManager contentManager,
    MedQueries queries,
    MedEditing editing,
    IHtmlSanitizerService sanitizer,
    Portal.Media.Services.IMediaService media,
    Portal.Core.Content.Metadata.IContentDefinitionManager definitions,
    Portal.Core.Content.Visibility.IContentVisibility visibility,
    PortalDbContext db,
    TimeProvider clock) : Controller
{
    private static readonly TimeZoneInfo DanishTime = LocalTimeTagHelper.DanishTime;

    [HttpGet("committees/{committeeId}/meetings/new")]
    public async Task<IActionResult> New(string committeeId)
    {
        if (await CommitteeAsync(committeeId) is not { } committee)
        {
            return NotFound();
        }

        if (!await editing.CanEditAsync(User, committeeId))
        {
            return Forbid();
        }

        return View("Meeting", new MeetingEditViewModel(committeeId, committee.DisplayText, null, new MeetingForm { Starts = new TimeOnly(9, 0), Ends = new TimeOnly(12, 0) }, []));
    }

    [HttpPost("committees/{committeeId}/meetings/new")]
    public async Task<IActionResult> Create(string committeeId, MeetingForm form)
    {
        if (await CommitteeAsync(committeeId) is not { } committee)
        {
            return NotFound();
        }

        if (!await editing.CanEditAsync(User, committeeId))
        {
            return Forbid();
        }

        if (Validate(form) is not { } times)
        {
            return Invalid("Meeting", new MeetingEditViewModel(committeeId, committee.DisplayText, null, form, []));
        }

        var meeting = await contentManager.NewAsync(MedTypes.Meeting);
        meeting.SetTitle($"Møde i {committee.DisplayText} {form.Date:dd-MM-yyyy}");
        meeting.Apply(Apply(new MeetingPart { CommitteeId = committeeId }, form, times));
        await contentManager.CreateAsync(meeting, publish: true);
        Notifications.Write(TempData, "Mødet er oprettet. Tilføj punkterne til dagsordenen.");
        return Redirect($"/meetings/{meeting.ContentItemId}/edit");
    }

    [HttpGet("meetings/{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var (meeting, allowed) = await MeetingAccessAsync(id);
        if (meeting is null || !allowed)
        {
            return Refused(meeting);
        }

        var part = meeting.As<MeetingPart>();
        var start = Local(part.StartsUtc);
        var form = new MeetingForm
        {
            Date = DateOnly.FromDateTime(start),
            Starts = TimeOnly.FromDateTime(start),
            Ends = TimeOnly.FromDateTime(Local(part.EndsUtc)),
            Location = part.Location,
            Status = part.Status,
            Present = string.Join("\n", part.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name)),
            SentApologies = string.Join("\n", part.Attendance.Where(a => a.Status == AttendanceStatus.SentApologies).Select(a => a.Name)),
            Absent = string.Join("\n", part.Attendance.Where(a => a.Status == AttendanceStatus.Absent).Select(a => a.Name)),
            ConcurrencyStamp = meeting.ConcurrencyStamp,
        };
        return View("Meeting", await MeetingModelAsync(meeting, form));
    }

    [HttpPost("meetings/{id}/edit")]
    public async Task<IActionResult> Update(string id, MeetingForm form)
    {
        var (meeting, allowed) = await MeetingAccessAsync(id);
        if (meeting is null || !allowed)
        {
            return Refused(meeting);
        }

        if (Validate(form) is not { } times)
        {
            return Invalid("Meeting", await MeetingModelAsync(meeting, form));
        }

        var committeeName = (await queries.CommitteeNamesAsync()).GetValueOrDefault(meeting.As<MeetingPart>().CommitteeId, "");
        return await SaveAsync(id, form.ConcurrencyStamp, version =>
        {
            version.Apply(Apply(version.As<MeetingPart>(), form, times));
            version.SetTitle($"Møde i {committeeName} {form.Date:dd-MM-yyyy}");
            return true;
        }, $"/meetings/{id}/edit", "Mødet er gemt.");
    }

    [HttpPost("meetings/{id}/agenda/{itemId}/move")]
    public async Task<IActionResult> Move(string id, string itemId, int offset, Guid concurrencyStamp)
    {
        var (meeting, allowed) = await MeetingAccessAsync(id);
        if (meeting is null || !allowed)
        {
            return Refused(meeting);
        }

        return await SaveAsync(id, concurrencyStamp, version =>
        {
            var part = version.As<MeetingPart>();
            var moved = offset != 0 && Agenda.Move(part, itemId, Math.Sign(offset));
            version.Apply(part);
            return moved;
        }, $"/meetings/{id}/edit#dagsorden", "Dagsordenen er ændret.");
    }

    /// <summary>The whole agenda in a new order, as the drag and drop in the editor sends it.</summary>
    [HttpPost("meetings/{id}/agenda/order")]
    public async Task<IActionResult> Order(string id, List<string> order, Guid concurrencyStamp)
    {
        var (meeting, allowed) = await MeetingAccessAsync(id);
        if (meeting is null || !allowed)
        {
            return Refused(meeting);
        }

        if (!Agenda.Reorder(meeting.As<MeetingPart>(), order))
        {
            return BadRequest("Rækkefølgen skal indeholde netop dagsordenens punkter. Indlæs siden igen.");
        }

        return await SaveAsync(id, concurrencyStamp, version =>
        {
            var part = version.As<MeetingPart>();
            var changed = Agenda.Reorder(part, order);
            version.Apply(part);
            return changed;
        }, $"/meetings/{id}/edit#dagsorden", "Dagsordenen er ændret.");
    }

    [HttpGet("meetings/{id}/items/new")]
    public async Task<IActionResult> NewItem(string id)
    {
        var (meeting, allowed) = await MeetingAccessAsync(id);
        if (meeting is null || !allowed)
        {
            return Refused(meeting);
        }

        var committeeId = meeting.As<MeetingPart>().CommitteeId;
        var form = new AgendaItemForm { Route = [committeeId], Proposer = "Formanden" };
        return View("Item", await ItemModelAsync(meeting, null, form));
    }

    [HttpPost("meetings/{id}/items/new")]
    public async Task<IActionResult> CreateItem(string id, AgendaItemForm form)
    {
        var (meeting, allowed) = await MeetingAccessAsync(id);
        if (meeting is null || !allowed)
        {
            return Refused(meeting);
        }

        await ValidateItemAsync(form);
        if (!ModelState.IsValid)
        {
            return Invalid("Item", await ItemModelAsync(meeting, null, form));
        }

        if (await UploadAsync(form) is not { } uploaded)
        {
            return Invalid("Item", await ItemModelAsync(meeting, null, form));
        }

        var related = await RelatedAsync(form);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var item = await contentManager.NewAsync(MedTypes.AgendaItem);
        item.SetTitle(form.Title!);
        var part = Apply(new AgendaItemPart { MeetingId = id }, form, meeting.As<MeetingPart>());
        part.Attachments = [.. uploaded.Select(a => a.Link)];
        part.RelatedContent = related;
        item.Apply(part);
        await contentManager.CreateAsync(item, publish: true);
        await AttachAsync(uploaded, item.ContentItemId);
        try
        {
            var version = (await contentManager.BeginEditAsync(id, meeting.ConcurrencyStamp))!;
            version.Alter<MeetingPart>(p => p.AgendaItemIds.Add(item.ContentItemId));
            await contentManager.SaveAsync(version, publish: true);
        }
        catch (ContentConflictException)
        {
            await transaction.RollbackAsync();
            return ConflictPage($"/meetings/{id}/edit");
        }

        await transaction.CommitAsync();
        Notifications.Write(TempData, $"Punktet '{form.Title}' er føjet til dagsordenen.");
        return Redirect($"/meetings/{id}/edit#dagsorden");
    }

    [HttpGet("items/{id}/edit")]
    public async Task<IActionResult> EditItem(string id)
    {
        var (item, meeting, allowed) = await ItemAccessAsync(id);
        if (item is null || meeting is null || !allowed)
        {
            return Refused(item);
        }

        var part = item.As<AgendaItemPart>();
        var form = new AgendaItemForm
        {
            Number = part.Number,
            Title = item.DisplayText,
            IsClosed = part.IsClosed,
            Kind = part.Kind,
            Route = part.Route,
            Summary = part.Summary,
            CaseDescription = part.CaseDescription,
            RelatedPolicies = part.RelatedPolicies,
            RelatedContentItemIds = [.. part.RelatedContent.Select(l => l.ContentItemId)],
            LegalBasis = part.LegalBasis,
            FinancialImpact = part.FinancialImpact,
            Proposer = part.Proposal?.Proposer,
            Proposal = part.Proposal?.Text,
            Outcome = part.Decision?.Outcome,
            DecisionText = part.Decision?.Text,
            Recusals = string.Join("\n", part.Recusals),
            ConfidentialUntil = part.ConfidentialUntilUtc is { } until ? Local(until) : null,
            ConfidentialCommitteeIds = part.ConfidentialCommitteeIds,
            Attachments = part.Attachments,
            ConcurrencyStamp = item.ConcurrencyStamp,
        };
        return View("Item", await ItemModelAsync(meeting, item, form));
    }

    [HttpPost("items/{id}/edit")]
    public async Task<IActionResult> UpdateItem(string id, AgendaItemForm form)
    {
        var (item, meeting, allowed) = await ItemAccessAsync(id);
        if (item is null || meeting is null || !allowed)
        {
            return Refused(item);
        }

        await ValidateItemAsync(form);
        if (!ModelState.IsValid)
        {
            return Invalid("Item", await ItemModelAsync(meeting, item, form));
        }

        if (await UploadAsync(form, id) is not { } uploaded)
        {
            form.Attachments = item.As<AgendaItemPart>().Attachments;
            return Invalid("Item", await ItemModelAsync(meeting, item, form));
        }

        var related = await RelatedAsync(form);
        var result = await SaveAsync(id, form.ConcurrencyStamp, version =>
        {
            version.SetTitle(form.Title!);
            var part = Apply(version.As<AgendaItemPart>(), form, meeting.As<MeetingPart>());
            part.RelatedContent = related;
            part.Attachments = [.. part.Attachments.Where(a => !form.RemoveAttachments.Contains(a.Url)), .. uploaded.Select(a => a.Link)];
            version.Apply(part);
            return true;
        }, $"/meetings/{meeting.ContentItemId}/edit#dagsorden", $"Punktet '{form.Title}' er gemt.");
        await AttachAsync(uploaded, id);
        return result;
    }

    /// <summary>Sends the case on to a meeting of the next committee in its Sagsgang, keeping its way so far.</summary>
    [HttpPost("items/{id}/carry")]
    public async Task<IActionResult> Carry(string id, string targetMeetingId)
    {
        var (item, meeting, allowed) = await ItemAccessAsync(id);
        if (item is null || meeting is null || !allowed)
        {
            return Refused(item);
        }

        var part = item.As<AgendaItemPart>();
        var fromCommittee = meeting.As<MeetingPart>().CommitteeId;
        var next = Agenda.NextCommittee(part, fromCommittee);
        var target = await queries.PublishedAsync(User, targetMeetingId ?? "", MedTypes.Meeting);
        if (next is null || target is null || target.As<MeetingPart>().CommitteeId != next || target.As<MeetingPart>().Status == MeetingStatus.MinutesPublished)
        {
            Notifications.Write(TempData, "Vælg et møde i det næste udvalg i sagsgangen.", NotificationKind.Error);
            return Redirect($"/items/{id}/edit");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var carried = await contentManager.NewAsync(MedTypes.AgendaItem);
        carried.SetTitle(item.DisplayText);
        carried.Apply(Agenda.CarryForward(part, fromCommittee, id, target.ContentItemId));
        await contentManager.CreateAsync(carried, publish: true);
        try
        {
            var version = (await contentManager.BeginEditAsync(target.ContentItemId, target.ConcurrencyStamp))!;
            version.Alter<MeetingPart>(p => p.AgendaItemIds.Add(carried.ContentItemId));
            await contentManager.SaveAsync(version, publish: true);
        }
        catch (ContentConflictException)
        {
            await transaction.RollbackAsync();
            return ConflictPage($"/items/{id}/edit");
        }

        await transaction.CommitAsync();
        Notifications.Write(TempData, $"Sagen er sendt videre til {target.DisplayText}.");
        return Redirect($"/items/{carried.ContentItemId}");
    }

    private async Task ValidateItemAsync(AgendaItemForm form)
    {
        var committees = (await queries.CommitteesAsync()).Select(c => c.ContentItemId).ToHashSet();
        if (form.Route.Any(r => !string.IsNullOrEmpty(r) && !committees.Contains(r)) || form.ConfidentialCommitteeIds.Any(c => !string.IsNullOrEmpty(c) && !committees.Contains(c)))
        {
            ModelState.AddModelError(nameof(AgendaItemForm.Route), "Et af de valgte udvalg findes ikke.");
        }

        if (form.ConfidentialUntil is { } until)
        {
            if (DanishTime.IsInvalidTime(until))
            {
                ModelState.AddModelError(nameof(AgendaItemForm.ConfidentialUntil), "Tidspunktet for fortrolighed findes ikke, fordi uret stilles frem til sommertid. Vælg et andet.");
            }

            if (!form.ConfidentialCommitteeIds.Any(c => !string.IsNullOrEmpty(c)))
            {
                ModelState.AddModelError(nameof(AgendaItemForm.ConfidentialCommitteeIds), "Vælg de udvalg, punktet deles i fortrolighed med.");
            }
        }
    }

    private async Task<List<ContentLink>> RelatedAsync(AgendaItemForm form)
    {
        var ids = form.RelatedContentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
        var titles = (await queries.LinkableContentAsync(await ListableTypesAsync(), ids)).ToDictionary(kv => kv.Key, kv => kv.Value);
        return [.. ids.Where(titles.ContainsKey).Select(id => new ContentLink(id, titles[id]))];
    }

    /// <summary>Stores the new bilag; null (with a Danish message per refused file) when any is refused.</summary>
    private async Task<List<(string Id, AttachmentLink Link)>?> UploadAsync(AgendaItemForm form, string? contentItemId = null)
    {
        var uploaded = new List<(string Id, AttachmentLink Link)>();
        foreach (var file in form.NewAttachments.Where(f => f.Length > 0))
        {
            await using var stream = file.OpenReadStream();
            var result = await media.UploadAsync(new Portal.Media.Services.UploadRequest(stream, file.FileName, User.Identity?.Name ?? "", contentItemId, file.Length));
            if (result.Attachment is not { } attachment)
            {
                ModelState.AddModelError(nameof(AgendaItemForm.NewAttachments), result.Error ?? $"Filen '{file.FileName}' kunne ikke gemmes.");
                continue;
            }

            uploaded.Add((attachment.Id, new AttachmentLink(attachment.FileName, Portal.Media.Services.MediaUrls.For(attachment))));
        }

        return ModelState.IsValid ? uploaded : null;
    }

    private async Task AttachAsync(List<(string Id, AttachmentLink Link)> uploaded, string contentItemId)
    {
        foreach (var (attachmentId, _) in uploaded)
        {
            await media.AttachAsync(attachmentId, contentItemId);
        }
    }

    private async Task<IActionResult> SaveAsync(string id, Guid stamp, Func<ContentItem, bool> change, string redirect, string message)
    {
        try
        {
            var version = await contentManager.BeginEditAsync(id, stamp);
            if (version is null)
            {
                return NotFound();
            }

            if (change(version))
            {
                await contentManager.SaveAsync(version, publish: true);
            }
        }
        catch (ContentConflictException)
        {
            return ConflictPage(redirect);
        }

        Notifications.Write(TempData, message);
        return Redirect(redirect);
    }

    private RedirectResult ConflictPage(string redirect)
    {
        Notifications.Write(TempData, "En anden har gemt ændringer i mellemtiden. Intet er overskrevet; se den nyeste udgave og gentag din ændring.", NotificationKind.Warning);
        return Redirect(redirect);
    }

    private ViewResult Invalid(string view, object model)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(view, model);
    }

    private (DateTime StartsUtc, DateTime EndsUtc)? Validate(MeetingForm form)
    {
        if (!ModelState.IsValid || form.Date is not { } date || form.Starts is not { } starts || form.Ends is not { } ends)
        {
            return null;
        }

        if (ends <= starts)
        {
            ModelState.AddModelError(nameof(MeetingForm.Ends), "Mødet skal slutte efter, at det begynder.");
            return null;
        }

        var localStart = date.ToDateTime(starts);
        var localEnd = date.ToDateTime(ends);
        if (DanishTime.IsInvalidTime(localStart) || DanishTime.IsInvalidTime(localEnd))
        {
            ModelState.AddModelError(nameof(MeetingForm.Starts), "Tidspunktet findes ikke, fordi uret stilles frem til sommertid.");
            return null;
        }

        var startsUtc = TimeZoneInfo.ConvertTimeToUtc(localStart, DanishTime);
        if (form.Status == MeetingStatus.MinutesPublished && !MeetingPart.MinutesMayBePublished(startsUtc, clock.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError(nameof(MeetingForm.Status), "Referatet kan først offentliggøres, når mødet er begyndt.");
            return null;
        }

        return (startsUtc, TimeZoneInfo.ConvertTimeToUtc(localEnd, DanishTime));
    }

    private static MeetingPart Apply(MeetingPart part, MeetingForm form, (DateTime StartsUtc, DateTime EndsUtc) times)
    {
        // The form has names only; a person's party or organisation stays as it was.
        var affiliations = part.Attendance.Where(a => a.Affiliation is not null).GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First().Affiliation);
        part.StartsUtc = times.StartsUtc;
        part.EndsUtc = times.EndsUtc;
        part.Location = form.Location?.Trim() ?? "";
        part.Status = form.Status;
        part.Attendance =
        [
            .. Lines(form.Present).Select(name => new Attendance(name, AttendanceStatus.Present, affiliations.GetValueOrDefault(name))),
            .. Lines(form.SentApologies).Select(name => new Attendance(name, AttendanceStatus.SentApologies, affiliations.GetValueOrDefault(name))),
            .. Lines(form.Absent).Select(name => new Attendance(name, AttendanceStatus.Absent, affiliations.GetValueOrDefault(name))),
        ];
        return part;
    }

    private AgendaItemPart Apply(AgendaItemPart part, AgendaItemForm form, MeetingPart meeting)
    {
        part.Number = form.Number!.Trim();
        part.IsClosed = form.IsClosed;
        part.Kind = form.Kind;
        part.Route = [.. form.Route.Where(r => !string.IsNullOrEmpty(r)).Distinct()];
        part.Summary = sanitizer.Sanitize(form.Summary);
        part.CaseDescription = sanitizer.Sanitize(form.CaseDescription);
        part.RelatedPolicies = sanitizer.Sanitize(form.RelatedPolicies);
        part.LegalBasis = form.LegalBasis?.Trim() ?? "";
        part.FinancialImpact = form.FinancialImpact?.Trim() ?? "";
        part.Proposal = string.IsNullOrWhiteSpace(form.Proposal) ? null : new Proposal(form.Proposer?.Trim() ?? "", sanitizer.Sanitize(form.Proposal));
        part.Decision = form.Outcome is { } outcome
            ? new Decision(meeting.CommitteeId, DateOnly.FromDateTime(Local(meeting.StartsUtc)), outcome, sanitizer.Sanitize(form.DecisionText))
            : null;
        part.Recusals = [.. Lines(form.Recusals)];
        part.ConfidentialUntilUtc = form.ConfidentialUntil is { } until && !DanishTime.IsInvalidTime(until)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(until, DateTimeKind.Unspecified), DanishTime)
            : null;
        part.ConfidentialCommitteeIds = part.ConfidentialUntilUtc is null ? [] : [.. form.ConfidentialCommitteeIds.Where(c => !string.IsNullOrEmpty(c)).Distinct()];
        return part;
    }

    private async Task<MeetingEditViewModel> MeetingModelAsync(ContentItem meeting, MeetingForm form)
    {
        var part = meeting.As<MeetingPart>();
        var names = await queries.CommitteeNamesAsync();
        var items = await queries.AgendaAsync(part, await visibility.KeysOfAsync(User));
        return new MeetingEditViewModel(part.CommitteeId, names.GetValueOrDefault(part.CommitteeId, ""), meeting.ContentItemId, form, items);
    }

    private async Task<AgendaItemEditViewModel> ItemModelAsync(ContentItem meeting, ContentItem? item, AgendaItemForm form)
    {
        var committees = await queries.CommitteesAsync();
        var committeeId = meeting.As<MeetingPart>().CommitteeId;
        var next = item is null ? null : Agenda.NextCommittee(item.As<AgendaItemPart>(), committeeId);
        var nextMeetings = next is null ? [] : await queries.UpcomingMeetingsAsync(await visibility.KeysOfAsync(User), next, 10);
        return new AgendaItemEditViewModel(meeting.ContentItemId, meeting.DisplayText, item?.ContentItemId, form, committees,
            committees.FirstOrDefault(c => c.ContentItemId == next)?.Name, nextMeetings, await queries.LinkableContentAsync(await ListableTypesAsync()));
    }

    private async Task<List<string>> ListableTypesAsync() =>
        [.. (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable).Select(t => t.Name)];



    private Task<ContentItem?> CommitteeAsync(string id) => queries.PublishedAsync(User, id, MedTypes.Committee);

    /// <summary>The meeting's latest version and whether the user may prepare its committee's meetings.</summary>
    private async Task<(ContentItem? Meeting, bool Allowed)> MeetingAccessAsync(string id)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: MedTypes.Meeting } meeting)
        {
            return (null, false);
        }

        return (meeting, await editing.CanEditAsync(User, meeting.As<MeetingPart>().CommitteeId));
    }

    private async Task<(ContentItem? Item, ContentItem? Meeting, bool Allowed)> ItemAccessAsync(string id)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: MedTypes.AgendaItem } item)
        {
            return (null, null, false);
        }

        var (meeting, allowed) = await MeetingAccessAsync(item.As<AgendaItemPart>().MeetingId);

        // Preparing meetings does not open closed items: only those who may read one may edit it.
        return (item, meeting, allowed && await visibility.CanReadAsync(User, item));
    }

    private IActionResult Refused(object? found) => found is null ? NotFound() : Forbid();

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DanishTime);

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
