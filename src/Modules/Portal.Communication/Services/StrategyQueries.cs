using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Recommendations;
using Portal.Recommendations.Models;

namespace Portal.Communication.Services;

/// <summary>A recommendation a strategy answers, as its page and editor name it: "8. Kommunikation".</summary>
public sealed record RecommendationLink(string Id, int Number, string Title)
{
    public string Text => Number > 0 ? $"{Number}. {Title}" : Title;
}

/// <summary>
/// The recommendations a communication strategy links to, read through the platform's visibility API
/// like everything else: the Recommendations module is a declared dependency, so its content type
/// and its part's number are used as they are.
/// </summary>
public sealed class StrategyQueries(IContentVisibility visibility, StoryQueries stories)
{
    /// <summary>Every published recommendation every signed-in user may read, by number: what the editor offers.</summary>
    public async Task<IReadOnlyList<RecommendationLink>> RecommendationsAsync() =>
        Links(await stories.PublishedOfTypeAsync(PrincipalKeys.EveryoneOnly, RecommendationTypes.Recommendation));

    /// <summary>Those of <paramref name="ids"/> the keys may read in full, by number; the others are left out.</summary>
    public async Task<IReadOnlyList<RecommendationLink>> RecommendationsAsync(IReadOnlySet<string> keys, IReadOnlyList<string> ids)
    {
        var visible = await visibility.GetManyAsync(keys, ids, VersionOptions.Published, RecommendationTypes.Recommendation);
        return Links(visible.Values.Where(v => !v.IsRedacted).Select(v => v.Item));
    }

    private static List<RecommendationLink> Links(IEnumerable<ContentItem> recommendations) =>
    [
        .. recommendations
            .Select(r => new RecommendationLink(r.ContentItemId, r.As<RecommendationPart>().Number, r.DisplayText))
            .OrderBy(r => r.Number == 0 ? int.MaxValue : r.Number)
            .ThenBy(r => r.Title, StringComparer.CurrentCulture),
    ];
}
