using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Med;
using Portal.Med.Services;
using Portal.Recommendations.Models;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Services;

/// <summary>
/// What the editors offer to choose from: published committees, reports, themes, strategies,
/// recommendations and agenda items. Only what every signed-in user may read, since the chosen
/// titles are shown to every reader.
/// </summary>
public sealed class EditorChoices(RecommendationQueries queries, MedQueries med)
{
    public async Task<IReadOnlyList<Choice>> CommitteesAsync() =>
        [.. (await med.CommitteesAsync()).Select(c => new Choice(c.ContentItemId, c.Name))];

    public async Task<IReadOnlyList<Choice>> OfTypeAsync(string contentType) =>
        [.. (await queries.PublishedAsync(PrincipalKeys.EveryoneOnly, contentType)).Select(c => new Choice(c.ContentItemId, c.DisplayText))];

    public async Task<IReadOnlyList<Choice>> RecommendationsAsync() =>
        [.. (await queries.RecommendationsAsync(PrincipalKeys.EveryoneOnly)).Select(c => new Choice(c.ContentItemId, $"{c.As<RecommendationPart>().Number}. {c.DisplayText}"))];

    public async Task<IReadOnlyList<ContentItem>> StrategiesAsync() =>
        await queries.PublishedAsync(PrincipalKeys.EveryoneOnly, RecommendationTypes.Strategy);

    public async Task<IReadOnlyList<Choice>> AgendaItemsAsync() =>
        [.. (await med.LinkableContentAsync([MedTypes.AgendaItem])).Select(c => new Choice(c.Key, c.Value))];

    /// <summary>
    /// The choices with the saved values they do not offer added (a report no longer published, an
    /// agenda item since closed or beyond the list), so opening and saving the form keeps them.
    /// </summary>
    public static IReadOnlyList<Choice> WithSaved(IReadOnlyList<Choice> choices, IEnumerable<string?> saved, string label)
    {
        var offered = choices.Select(c => c.Value).ToHashSet();
        var kept = saved.Where(id => !string.IsNullOrEmpty(id) && !offered.Contains(id)).Distinct().Select(id => new Choice(id!, label)).ToList();
        return kept.Count == 0 ? choices : [.. choices, .. kept];
    }

    /// <summary>The ids among <paramref name="chosen"/> that <paramref name="choices"/> offers, in order, once each.</summary>
    public static List<string> Chosen(IEnumerable<string> chosen, IReadOnlyList<Choice> choices)
    {
        var offered = choices.Select(c => c.Value).ToHashSet();
        return [.. chosen.Where(offered.Contains).Distinct()];
    }
}
