using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Media.Services;
using Portal.Med.Models;
using Portal.Med.ViewModels;

namespace Portal.Med.Services;

/// <summary>
/// Preparing, holding and closing a meeting: the meeting and its agenda, the items and carrying a
/// case on along its Sagsgang. Who may do what is decided here, the parts' drivers bind and check
/// what was posted, and every change that touches two items is one transaction.
/// </summary>
public sealed class MeetingPreparation(
    IContentManager contentManager,
    IContentDisplayManager display,
    IContentVisibility visibility,
    IMediaService media,
    MedEditing editing,
    MedQueries queries,
    CaseRoutes routes,
    PortalDbContext db,
    CaseCarrying carrying,
    IEnumerable<IContentEditorAction> editorActions)
{
    public async Task<Prepared<MeetingEditorViewModel>> NewMeetingAsync(ClaimsPrincipal user, string committeeId)
    {
        if (await queries.PublishedAsync(user, committeeId, MedTypes.Committee) is not { } committee)
        {
            return Prepared<MeetingEditorViewModel>.NotFound;
        }

        if (!await editing.CanEditAsync(user, committeeId))
        {
            return Prepared<MeetingEditorViewModel>.Forbidden;
        }

        var meeting = await NewMeetingOfAsync(committeeId);
        return Prepared<MeetingEditorViewModel>.Ready(new(committeeId, committee.DisplayText, null, Guid.Empty, await display.BuildEditorAsync(meeting, isNew: true), []));
    }

    public async Task<Prepared<MeetingEditorViewModel>> CreateMeetingAsync(ClaimsPrincipal user, string committeeId, IUpdateModel updater)
    {
        if (await queries.PublishedAsync(user, committeeId, MedTypes.Committee) is not { } committee)
        {
            return Prepared<MeetingEditorViewModel>.NotFound;
        }

        if (!await editing.CanEditAsync(user, committeeId))
        {
            return Prepared<MeetingEditorViewModel>.Forbidden;
        }

        var meeting = await NewMeetingOfAsync(committeeId);
        var shape = await display.UpdateEditorAsync(meeting, updater, isNew: true);
        if (!updater.ModelState.IsValid)
        {
            return Prepared<MeetingEditorViewModel>.Invalid(new(committeeId, committee.DisplayText, null, Guid.Empty, shape, []));
        }

        await contentManager.CreateAsync(meeting, publish: true);
        return Prepared<MeetingEditorViewModel>.Done(meeting.ContentItemId, "Mødet er oprettet. Tilføj punkterne til dagsordenen.");
    }

    public async Task<Prepared<MeetingEditorViewModel>> MeetingEditorAsync(ClaimsPrincipal user, string meetingId)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        return meeting is null
            ? new(status)
            : Prepared<MeetingEditorViewModel>.Ready(await MeetingEditorOfAsync(user, meeting, meeting.ConcurrencyStamp, await display.BuildEditorAsync(meeting, isNew: false)));
    }

    public async Task<Prepared<MeetingEditorViewModel>> UpdateMeetingAsync(ClaimsPrincipal user, string meetingId, Guid stamp, IUpdateModel updater)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        if (meeting is null)
        {
            return new(status);
        }

        return await SaveAsync<MeetingEditorViewModel>(meetingId, stamp, async version =>
        {
            var shape = await display.UpdateEditorAsync(version, updater, isNew: false);
            return updater.ModelState.IsValid ? null : await MeetingEditorOfAsync(user, meeting, stamp, shape);
        }, "Mødet er gemt.");
    }

    /// <summary>Moves an item one place up (-1) or down (+1) the agenda.</summary>
    public async Task<Prepared<object>> MoveAsync(ClaimsPrincipal user, string meetingId, string agendaItemId, int offset, Guid stamp)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        if (meeting is null)
        {
            return new(status);
        }

        return await ChangeAgendaAsync(meetingId, stamp, agenda => Agenda.Move(agenda, agendaItemId, Math.Sign(offset)), "");
    }

    /// <summary>The whole agenda in a new order; it must name exactly the items the agenda has.</summary>
    public async Task<Prepared<object>> ReorderAsync(ClaimsPrincipal user, string meetingId, IReadOnlyList<string> order, Guid stamp)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        if (meeting is null)
        {
            return new(status);
        }

        return await ChangeAgendaAsync(
            meetingId,
            stamp,
            agenda => Agenda.IsOrderOf(agenda, order) ? [.. order] : null,
            "Rækkefølgen skal indeholde netop dagsordenens punkter. Indlæs siden igen.");
    }

    public async Task<Prepared<AgendaItemEditorViewModel>> NewItemAsync(ClaimsPrincipal user, string meetingId)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        if (meeting is null)
        {
            return new(status);
        }

        var item = await NewItemOfAsync(meeting);
        return Prepared<AgendaItemEditorViewModel>.Ready(ItemEditorOf(meeting, item, Guid.Empty, await display.BuildEditorAsync(item, isNew: true), [], null));
    }

    /// <summary>Creates the item on the meeting: it comes last on the agenda until the secretary moves it.</summary>
    public async Task<Prepared<AgendaItemEditorViewModel>> AddItemAsync(ClaimsPrincipal user, string meetingId, IUpdateModel updater, IReadOnlyList<IFormFile> files)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        if (meeting is null)
        {
            return new(status);
        }

        var item = await NewItemOfAsync(meeting);
        var shape = await display.UpdateEditorAsync(item, updater, isNew: true);
        if (!updater.ModelState.IsValid || await UploadAsync(user, files, null, updater) is not { } uploaded)
        {
            return Prepared<AgendaItemEditorViewModel>.Invalid(ItemEditorOf(meeting, item, Guid.Empty, shape, [], null));
        }

        item.Alter<AgendaItemPart>(p => p.Attachments.AddRange(uploaded.Select(u => u.Link)));
        await contentManager.CreateAsync(item, publish: true);
        await AttachAsync(uploaded, item.ContentItemId);
        return Prepared<AgendaItemEditorViewModel>.Done(item.ContentItemId, $"Punktet '{item.DisplayText}' er føjet til dagsordenen.");
    }

    public async Task<Prepared<AgendaItemEditorViewModel>> ItemEditorAsync(ClaimsPrincipal user, string itemId)
    {
        var (item, meeting, status) = await ItemAsync(user, itemId);
        if (item is null || meeting is null)
        {
            return new(status);
        }

        return Prepared<AgendaItemEditorViewModel>.Ready(await FullItemEditorOfAsync(user, meeting, item, item.ConcurrencyStamp, await display.BuildEditorAsync(item, isNew: false)));
    }

    public async Task<Prepared<AgendaItemEditorViewModel>> UpdateItemAsync(ClaimsPrincipal user, string itemId, Guid stamp, IUpdateModel updater, IReadOnlyList<IFormFile> files)
    {
        var (item, meeting, status) = await ItemAsync(user, itemId);
        if (item is null || meeting is null)
        {
            return new(status);
        }

        List<(string Id, AttachmentLink Link)> uploaded = [];
        var title = item.DisplayText;
        var result = await SaveAsync<AgendaItemEditorViewModel>(itemId, stamp, async version =>
        {
            var shape = await display.UpdateEditorAsync(version, updater, isNew: false);
            if (!updater.ModelState.IsValid || await UploadAsync(user, files, itemId, updater) is not { } added)
            {
                return await FullItemEditorOfAsync(user, meeting, item, stamp, shape);
            }

            uploaded = added;
            title = version.As<Contents.Models.TitlePart>().Title;
            version.Alter<AgendaItemPart>(p => p.Attachments.AddRange(added.Select(a => a.Link)));
            return null;
        }, "");
        await AttachAsync(uploaded, itemId);

        // Saved: back to the meeting's agenda.
        return result.Status == PreparationStatus.Done ? Prepared<AgendaItemEditorViewModel>.Done(meeting.ContentItemId, $"Punktet '{title}' er gemt.") : result;
    }

    /// <summary>
    /// Sends the case on to a meeting of the next committee in its Sagsgang: a new item there that
    /// keeps the way so far, and this item remembers where it went. Both or neither.
    /// </summary>
    public async Task<Prepared<AgendaItemEditorViewModel>> CarryAsync(ClaimsPrincipal user, string itemId, string? targetMeetingId)
    {
        var (item, meeting, status) = await ItemAsync(user, itemId);
        if (item is null || meeting is null)
        {
            return new(status);
        }

        var part = item.As<AgendaItemPart>();
        if (part.CarriedTo is not null)
        {
            return new(PreparationStatus.Invalid, Message: "Sagen er allerede sendt videre.");
        }

        var fromCommittee = meeting.As<MeetingPart>().CommitteeId;
        var target = await queries.PublishedAsync(user, targetMeetingId ?? "", MedTypes.Meeting);
        if (!CaseCarrying.MayGoTo(part, fromCommittee, target))
        {
            return new(PreparationStatus.Invalid, Message: "Vælg et møde i det næste udvalg i sagsgangen.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await carrying.CarryAsync(item, fromCommittee, target!);
        }
        catch (ContentConflictException)
        {
            await transaction.RollbackAsync();
            return Prepared<AgendaItemEditorViewModel>.Conflict;
        }
        catch (CarryRefusedException refused)
        {
            await transaction.RollbackAsync();
            return new(PreparationStatus.Invalid, Message: refused.Message);
        }

        await transaction.CommitAsync();
        return Prepared<AgendaItemEditorViewModel>.Done(itemId, $"Sagen er sendt videre til {target!.DisplayText}.");
    }

    private async Task<ContentItem> NewMeetingOfAsync(string committeeId)
    {
        var meeting = await contentManager.NewAsync(MedTypes.Meeting);
        meeting.Apply(new MeetingPart { CommitteeId = committeeId });
        return meeting;
    }

    private async Task<ContentItem> NewItemOfAsync(ContentItem meeting)
    {
        var item = await contentManager.NewAsync(MedTypes.AgendaItem);
        item.Apply(new AgendaItemPart
        {
            MeetingId = meeting.ContentItemId,
            Route = [meeting.As<MeetingPart>().CommitteeId],
            Proposal = new Proposal("Formanden", ""),
        });
        return item;
    }

    private async Task<MeetingEditorViewModel> MeetingEditorOfAsync(ClaimsPrincipal user, ContentItem meeting, Guid stamp, ContentShape shape)
    {
        var part = meeting.As<MeetingPart>();
        var names = await queries.CommitteeNamesAsync();
        var items = await queries.AgendaAsync(meeting, await visibility.KeysOfAsync(user));
        List<string> statuses = [];
        foreach (var editorAction in editorActions)
        {
            if (await editorAction.StatusAsync(meeting) is { } status)
            {
                statuses.Add(status);
            }
        }

        return new(part.CommitteeId, names.GetValueOrDefault(part.CommitteeId, ""), meeting.ContentItemId, stamp, shape, items)
        {
            MinutesActions = [.. (await MinutesActionsAsync(user, meeting)).Select(a => new MeetingAction(a.Name, a.ButtonText))],
            Statuses = statuses,
        };
    }

    /// <summary>
    /// Sends the minutes for approval (the action another module contributes, e.g. the workflows'
    /// "Send til godkendelse"): for a committee whose minutes need approval, before they are published.
    /// </summary>
    public async Task<Prepared<object>> RunMinutesActionAsync(ClaimsPrincipal user, string meetingId, string actionName)
    {
        var (meeting, status) = await MeetingAsync(user, meetingId);
        if (meeting is null)
        {
            return new(status);
        }

        if ((await MinutesActionsAsync(user, meeting)).FirstOrDefault(a => a.Name == actionName) is not { } editorAction)
        {
            return new(PreparationStatus.Invalid, Message: "Referatet kan ikke sendes til godkendelse nu: udvalgets referater skal ikke godkendes, referatet er allerede offentliggjort, eller det venter allerede på godkendelse.");
        }

        var result = await editorAction.RunAsync(user, meeting);
        return result.Succeeded
            ? Prepared<object>.Done(meetingId, result.Message)
            : new(PreparationStatus.Invalid, Message: result.Message);
    }

    private async Task<IReadOnlyList<IContentEditorAction>> MinutesActionsAsync(ClaimsPrincipal user, ContentItem meeting)
    {
        var part = meeting.As<MeetingPart>();
        if (part.Status == MeetingStatus.MinutesPublished || !await MinutesApproval.IsNeededAsync(visibility, part.CommitteeId))
        {
            return [];
        }

        List<IContentEditorAction> offered = [];
        foreach (var editorAction in editorActions)
        {
            if (await editorAction.IsOfferedAsync(user, meeting))
            {
                offered.Add(editorAction);
            }
        }

        return offered;
    }

    private static AgendaItemEditorViewModel ItemEditorOf(ContentItem meeting, ContentItem item, Guid stamp, ContentShape shape, IReadOnlyList<CaseRouteStep> route, CarryOptions? carry) =>
        new(meeting.ContentItemId, meeting.DisplayText, stamp == Guid.Empty ? null : item.ContentItemId, stamp, shape, route, carry);

    private async Task<AgendaItemEditorViewModel> FullItemEditorOfAsync(ClaimsPrincipal user, ContentItem meeting, ContentItem item, Guid stamp, ContentShape shape)
    {
        var keys = await visibility.KeysOfAsync(user);
        var meetingPart = meeting.As<MeetingPart>();
        var part = item.As<AgendaItemPart>();
        var route = await routes.OfAsync(keys, item, meetingPart.CommitteeId, meetingPart.StartsUtc);
        CarryOptions? carry = null;
        if (part.CarriedTo is null && Agenda.NextCommittee(part, meetingPart.CommitteeId) is { } next)
        {
            var names = await queries.CommitteeNamesAsync();
            carry = new CarryOptions(names.GetValueOrDefault(next, ""), await queries.UpcomingMeetingsAsync(keys, next, 10));
        }

        return new(meeting.ContentItemId, meeting.DisplayText, item.ContentItemId, stamp, shape, route, carry);
    }

    /// <summary>
    /// Stores the agenda's new order made by <paramref name="change"/> from the current one; null
    /// from it refuses with <paramref name="refusal"/>, or when that is empty leaves the agenda as it is.
    /// </summary>
    private async Task<Prepared<object>> ChangeAgendaAsync(string meetingId, Guid stamp, Func<IReadOnlyList<string>, List<string>?> change, string refusal)
    {
        var itemsOnMeeting = await queries.ItemsOnMeetingAsync(meetingId);
        Prepared<object>? refused = null;
        var result = await SaveAsync<object>(meetingId, stamp, version =>
        {
            var part = version.As<MeetingPart>();
            if (change(Agenda.InOrder(itemsOnMeeting, part.AgendaOrder)) is not { } order)
            {
                refused = refusal.Length > 0 ? new(PreparationStatus.Invalid, Message: refusal) : null;
                return Task.FromResult<object?>(Unchanged);
            }

            part.AgendaOrder = order;
            version.Apply(part);
            return Task.FromResult<object?>(null);
        }, "Dagsordenen er ændret.");
        return refused ?? result;
    }

    private static readonly object Unchanged = new();

    /// <summary>
    /// Saves a new version made by <paramref name="change"/>, which returns null to save, or a model
    /// to show instead (nothing saved).
    /// </summary>
    private async Task<Prepared<T>> SaveAsync<T>(string id, Guid stamp, Func<ContentItem, Task<T?>> change, string message)
        where T : class
    {
        try
        {
            if (await contentManager.BeginEditAsync(id, stamp) is not { } version)
            {
                return Prepared<T>.NotFound;
            }

            if (await change(version) is { } instead)
            {
                return ReferenceEquals(instead, Unchanged) ? Prepared<T>.Done(id, message) : Prepared<T>.Invalid(instead);
            }

            var saved = await contentManager.SaveAsync(version, publish: true);
            if (saved.Status == ContentOperationStatus.Cancelled)
            {
                return new Prepared<T>(PreparationStatus.Invalid, Message: saved.Message);
            }
        }
        catch (ContentConflictException)
        {
            return Prepared<T>.Conflict;
        }

        return Prepared<T>.Done(id, message);
    }

    /// <summary>Stores the new bilag; null (with a Danish message per refused file) when any is refused.</summary>
    private async Task<List<(string Id, AttachmentLink Link)>?> UploadAsync(ClaimsPrincipal user, IReadOnlyList<IFormFile> files, string? contentItemId, IUpdateModel updater)
    {
        var uploaded = new List<(string Id, AttachmentLink Link)>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            await using var stream = file.OpenReadStream();
            var result = await media.UploadAsync(new UploadRequest(stream, file.FileName, user.Identity?.Name ?? "", contentItemId, file.Length));
            if (result.Attachment is not { } attachment)
            {
                updater.ModelState.AddModelError("NewAttachments", result.Error ?? $"Filen '{file.FileName}' kunne ikke gemmes.");
                continue;
            }

            uploaded.Add((attachment.Id, new AttachmentLink(attachment.FileName, MediaUrls.For(attachment))));
        }

        return updater.ModelState.IsValid ? uploaded : null;
    }

    private async Task AttachAsync(List<(string Id, AttachmentLink Link)> uploaded, string contentItemId)
    {
        foreach (var (attachmentId, _) in uploaded)
        {
            await media.AttachAsync(attachmentId, contentItemId);
        }
    }

    /// <summary>The meeting's latest version, when the user may prepare its committee's meetings.</summary>
    private async Task<(ContentItem? Meeting, PreparationStatus Status)> MeetingAsync(ClaimsPrincipal user, string id)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: MedTypes.Meeting } meeting)
        {
            return (null, PreparationStatus.NotFound);
        }

        return await editing.CanEditAsync(user, meeting.As<MeetingPart>().CommitteeId) ? (meeting, PreparationStatus.Done) : (null, PreparationStatus.Forbidden);
    }

    private async Task<(ContentItem? Item, ContentItem? Meeting, PreparationStatus Status)> ItemAsync(ClaimsPrincipal user, string id)
    {
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: MedTypes.AgendaItem } item)
        {
            return (null, null, PreparationStatus.NotFound);
        }

        var (meeting, status) = await MeetingAsync(user, item.As<AgendaItemPart>().MeetingId);

        // Preparing meetings does not open closed items: only those who may read one may edit it.
        if (meeting is null || !await visibility.CanReadAsync(user, item))
        {
            return (null, null, meeting is null ? status : PreparationStatus.Forbidden);
        }

        return (item, meeting, PreparationStatus.Done);
    }
}
