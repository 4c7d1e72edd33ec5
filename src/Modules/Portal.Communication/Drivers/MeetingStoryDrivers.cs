using Microsoft.AspNetCore.Http;
using Portal.Communication.Models;
using Portal.Communication.Services;
using Portal.Communication.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Visibility;
using Portal.Med;
using Portal.Med.Models;

namespace Portal.Communication.Drivers;

/// <summary>
/// On MED's agenda items: the secretary marks the standing item "Kommunikation fra mødet" and writes
/// what the committee agreed to communicate; the item's own page shows it with the story made of it.
/// </summary>
internal sealed class MeetingCommunicationPartDriver(IHttpContextAccessor http, IContentVisibility visibility, MeetingStories stories)
    : ContentPartDisplayDriver<MeetingCommunicationPart>
{
    private const string Prefix = nameof(MeetingCommunicationPart);

    public const string TextWithoutMark =
        "Det aftalte budskab hører til mødets punkt 'Kommunikation fra mødet'. Sæt flueben i 'Punktet er mødets Kommunikation fra mødet', eller slet teksten.";

    protected override async Task<DisplayResult?> DisplayAsync(MeetingCommunicationPart part, BuildContext context)
    {
        // On the meeting page the item is one of many; reading more per item would cost a query each.
        if (context.DisplayType != "Detail" || http.HttpContext?.User is not { } user)
        {
            return null;
        }

        var id = context.ContentItem.ContentItemId;
        var story = await stories.OfAgendaItemAsync(await visibility.KeysOfAsync(user), id);
        var paragraphs = part.IsCommunicationItem ? part.Paragraphs() : [];
        var item = context.ContentItem.As<AgendaItemPart>();
        var minutesOut = paragraphs.Count > 0
            && await visibility.ReadAsync(user, item.MeetingId, VersionOptions.Published, MedTypes.Meeting) is { } meeting
            && meeting.As<MeetingPart>().Status == MeetingStatus.MinutesPublished;

        // The button for those who may make the draft, where the use case would make it.
        var mayDraft = story is null && minutesOut && !item.IsClosed
            && await stories.MayEditStoriesAsync(user)
            && (await visibility.GetManyAsync(PrincipalKeys.EveryoneOnly, [id], VersionOptions.Published, MedTypes.AgendaItem)).GetValueOrDefault(id) is { IsRedacted: false };

        return !minutesOut && story is null
            ? null
            : View("Parts/MeetingCommunicationPart", new MeetingCommunicationViewModel(id, minutesOut ? paragraphs : [], story, mayDraft), position: 40);
    }

    protected override DisplayResult? Edit(MeetingCommunicationPart part, BuildContext context) =>
        View("Parts/MeetingCommunicationPart.Edit", new MeetingCommunicationPartEditModel { IsCommunicationItem = part.IsCommunicationItem, AgreedText = part.AgreedText }, position: 90);

    protected override async Task<DisplayResult?> UpdateEditorAsync(MeetingCommunicationPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new MeetingCommunicationPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        var text = (form.AgreedText ?? "").Trim();
        if (!form.IsCommunicationItem && text.Length > 0)
        {
            updater.ModelState.AddModelError($"{Prefix}.{nameof(form.AgreedText)}", TextWithoutMark);
        }

        part.IsCommunicationItem = form.IsCommunicationItem;
        part.AgreedText = text;
        return View("Parts/MeetingCommunicationPart.Edit", form, position: 90);
    }
}

/// <summary>In the story editor: "Fra mødet" with a link to the meeting and the agenda item the story was made from.</summary>
internal sealed class StoryFromMeetingPartDriver(IHttpContextAccessor http, IContentVisibility visibility, MeetingStories stories)
    : ContentPartDisplayDriver<StoryFromMeetingPart>
{
    protected override async Task<DisplayResult?> EditAsync(StoryFromMeetingPart part, BuildContext context)
    {
        if (part.AgendaItemId.Length == 0 || http.HttpContext?.User is not { } user)
        {
            return null;
        }

        var item = await visibility.ReadAsync(user, part.AgendaItemId, VersionOptions.Published, MedTypes.AgendaItem);
        return View("Parts/StoryFromMeetingPart.Edit", new StoryFromMeetingViewModel(await stories.MeetingAsync(user, part.MeetingId), part.AgendaItemId, item?.DisplayText), position: 1);
    }
}
