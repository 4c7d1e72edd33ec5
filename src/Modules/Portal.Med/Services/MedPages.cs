using System.Security.Claims;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Visibility;
using Portal.Med.Indexes;
using Portal.Med.Models;
using Portal.Med.ViewModels;

namespace Portal.Med.Services;

/// <summary>
/// The read models of the meeting page and the item page: what the reader may see, with the
/// Sagsgang and the fields added to the types at run time, ready for the views.
/// </summary>
public sealed class MedPages(MedQueries queries, IContentVisibility visibility, IContentDisplayManager display, MedEditing editing, CaseRoutes routes)
{
    public async Task<MeetingPageViewModel?> MeetingAsync(ClaimsPrincipal user, string id)
    {
        if (await queries.PublishedAsync(user, id, MedTypes.Meeting) is not { } meeting)
        {
            return null;
        }

        var part = meeting.As<MeetingPart>();
        var names = await queries.CommitteeNamesAsync();
        var items = new List<AgendaItemView>();
        foreach (var item in await queries.AgendaAsync(meeting, await visibility.KeysOfAsync(user)))
        {
            items.Add(await WithExtrasAsync(item, "Summary"));
        }

        return new MeetingPageViewModel(meeting, part, CommitteeOf(part.CommitteeId, names), items, names)
        {
            CanPrepare = await editing.CanEditAsync(user, part.CommitteeId),
            Extras = (await display.BuildDisplayAsync(meeting, exceptParts: [nameof(TitlePart), nameof(MeetingPart)])).Results,
        };
    }

    public async Task<AgendaItemPageViewModel?> ItemAsync(ClaimsPrincipal user, string id)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await queries.AgendaItemAsync(id, keys) is not { } item || await queries.PublishedAsync(user, item.Part.MeetingId, MedTypes.Meeting) is not { } meeting)
        {
            return null;
        }

        var meetingPart = meeting.As<MeetingPart>();
        var names = await queries.CommitteeNamesAsync();
        if (item.CanRead)
        {
            item = await WithExtrasAsync(item, "Detail") with { Route = await routes.OfAsync(keys, item.Item, meetingPart.CommitteeId, meetingPart.StartsUtc) };
        }

        return new AgendaItemPageViewModel(item, meeting, meetingPart, CommitteeOf(meetingPart.CommitteeId, names), names);
    }

    /// <summary>
    /// A readable item with what its run-time fields and other modules' parts display; a redacted one
    /// shows nothing more. On the meeting page an item is one of many ("Summary"), so parts that read
    /// more than the item itself show on the item's own page ("Detail") only.
    /// </summary>
    private async Task<AgendaItemView> WithExtrasAsync(AgendaItemView item, string displayType) =>
        item.CanRead ? item with { Extras = (await display.BuildDisplayAsync(item.Item, displayType, exceptParts: [nameof(TitlePart), nameof(AgendaItemPart)])).Results } : item;

    private static CommitteeIndex CommitteeOf(string id, IReadOnlyDictionary<string, string> names) =>
        new() { ContentItemId = id, Name = names.GetValueOrDefault(id, "") };
}
