using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Med;
using Portal.Med.Models;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Services;

/// <summary>
/// The MED agenda items a recommendation or strategy names, as the reader may see them: a closed
/// item they may not read shows only its redacted title; one they may not know of is left out.
/// </summary>
public sealed class RelatedAgendaItems(IContentVisibility visibility)
{
    public async Task<IReadOnlyList<RelatedAgendaItem>> OfAsync(IReadOnlySet<string> keys, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var items = await visibility.GetManyAsync(keys, ids, VersionOptions.Published, MedTypes.AgendaItem);
        var meetingIds = items.Values.Select(v => v.Item.As<AgendaItemPart>().MeetingId).Where(id => id.Length > 0).Distinct().ToList();
        var meetings = await visibility.GetManyAsync(keys, meetingIds, VersionOptions.Published, MedTypes.Meeting);
        return
        [
            .. ids.Distinct().Where(items.ContainsKey).Select(id =>
            {
                var item = items[id];
                var meeting = meetings.GetValueOrDefault(item.Item.As<AgendaItemPart>().MeetingId);
                return new RelatedAgendaItem(id, item.Item.DisplayText, meeting is { IsRedacted: false } ? meeting.Item.DisplayText : "", item.IsRedacted);
            }),
        ];
    }
}
