using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Med.Models;
using Portal.Med.ViewModels;

namespace Portal.Med.Services;

/// <summary>
/// A case's way through its Sagsgang: the items it has been before (kept in the route history),
/// the one shown, and the ones it was carried on to, read as the reader may see them.
/// </summary>
public sealed class CaseRoutes(IContentVisibility visibility, MedQueries queries)
{
    public async Task<IReadOnlyList<CaseRouteStep>> OfAsync(IReadOnlySet<string> keys, ContentItem item, string committeeId, DateTime meetingStartsUtc)
    {
        var part = item.As<AgendaItemPart>();
        if (part.Route.Count == 0)
        {
            return [];
        }

        var before = part.RouteHistory;
        var after = await CarriedOnAsync(keys, part);
        var items = await visibility.GetManyAsync(keys, [.. before.Select(s => s.AgendaItemId)], VersionOptions.Published, MedTypes.AgendaItem);
        var meetings = await visibility.GetManyAsync(keys, [.. before.Concat(after.Select(a => a.Step)).Select(s => s.MeetingId).Distinct()], VersionOptions.Published, MedTypes.Meeting);
        var names = await queries.CommitteeNamesAsync();

        CaseRouteStep Treated(RouteStep step, AgendaItemPart? treated)
        {
            var meeting = meetings.GetValueOrDefault(step.MeetingId) is { IsRedacted: false } m ? m.Item.As<MeetingPart>() : null;
            var decision = meeting?.Status == MeetingStatus.MinutesPublished ? treated?.Decision : null;
            return new CaseRouteStep(step.CommitteeId, names.GetValueOrDefault(step.CommitteeId, ""), CaseStepState.Treated, step.AgendaItemId, meeting?.StartsUtc, decision);
        }

        var known = before.Select(s => Treated(s, items.GetValueOrDefault(s.AgendaItemId) is { IsRedacted: false } v ? v.Item.As<AgendaItemPart>() : null))
            .Append(new CaseRouteStep(committeeId, names.GetValueOrDefault(committeeId, ""), CaseStepState.Here, item.ContentItemId, meetingStartsUtc))
            .Concat(after.Select(s => Treated(s.Step, s.Part)))
            .ToList();

        // The route as planned, each committee matched with where the case met it; a committee it
        // met that is no longer on the route keeps its place in the history.
        var steps = new List<CaseRouteStep>();
        foreach (var planned in part.Route)
        {
            var index = known.FindIndex(s => s.CommitteeId == planned);
            if (index < 0)
            {
                steps.Add(new CaseRouteStep(planned, names.GetValueOrDefault(planned, ""), CaseStepState.Coming));
                continue;
            }

            steps.AddRange(known.Take(index + 1));
            known.RemoveRange(0, index + 1);
        }

        steps.AddRange(known);
        return steps;
    }

    /// <summary>The items the case was carried on to, as far as the reader may follow it.</summary>
    private async Task<List<(RouteStep Step, AgendaItemPart Part)>> CarriedOnAsync(IReadOnlySet<string> keys, AgendaItemPart part)
    {
        var chain = new List<(RouteStep, AgendaItemPart)>();
        var next = part.CarriedTo;
        while (next is not null && chain.Count < part.Route.Count)
        {
            var found = (await visibility.GetManyAsync(keys, [next.AgendaItemId], VersionOptions.Published, MedTypes.AgendaItem)).GetValueOrDefault(next.AgendaItemId);
            if (found is not { IsRedacted: false })
            {
                break;
            }

            var carried = found.Item.As<AgendaItemPart>();
            chain.Add((next, carried));
            next = carried.CarriedTo;
        }

        return chain;
    }
}
