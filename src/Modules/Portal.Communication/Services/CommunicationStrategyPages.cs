using System.Security.Claims;
using Portal.Communication.Models;
using Portal.Communication.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Display;
using Portal.Recommendations.Models;

namespace Portal.Communication.Services;

/// <summary>
/// The read models of the communication strategies: the list, and a strategy's page with its channel
/// plan. The plan places every published story the reader may see in the cell of each of its
/// channels and the quarter (Danish time) its version was published.
/// </summary>
public sealed class CommunicationStrategyPages(StoryQueries stories, StrategyQueries strategies, IContentVisibility visibility, TimeProvider clock)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public async Task<StrategyListViewModel> IndexAsync(ClaimsPrincipal user) =>
        new(await stories.PublishedOfTypeAsync(await visibility.KeysOfAsync(user), CommunicationTypes.Strategy));

    /// <summary>The strategy with the plan of <paramref name="year"/> (this year when none). Null when it is not the user's to see.</summary>
    public async Task<StrategyPageViewModel?> StrategyAsync(ClaimsPrincipal user, string id, int? year)
    {
        var keys = await visibility.KeysOfAsync(user);
        if (await stories.PublishedAsync(keys, CommunicationTypes.Strategy, id) is not { } strategy)
        {
            return null;
        }

        var part = strategy.As<CommunicationStrategyPart>();
        var channels = ByPriority(part.Channels);
        var thisYear = DanishClock.Local(clock.GetUtcNow().UtcDateTime).Year;
        var shown = year ?? thisYear;
        var plan = await PlanAsync(keys, channels, shown, thisYear);
        return new StrategyPageViewModel(strategy, part, channels, await strategies.RecommendationsAsync(keys, part.RecommendationIds), plan);
    }

    /// <summary>High before medium before low; in the editor's order within a priority.</summary>
    private static List<StrategyChannel> ByPriority(IEnumerable<StrategyChannel> channels) => [.. channels.OrderBy(c => c.Priority)];

    private async Task<ChannelPlan> PlanAsync(IReadOnlySet<string> keys, IReadOnlyList<StrategyChannel> channels, int year, int thisYear)
    {
        var quarters = Enumerable.Range(1, 4).Select(n => new Quarter(year, n)).ToList();
        var from = Utc(quarters[0].Start);
        var to = Utc(quarters[^1].End);
        var published = await stories.PublishedBetweenAsync(keys, from, to);

        var cells = new Dictionary<(StoryChannel, int), List<PlannedStory>>();
        foreach (var story in published)
        {
            var publishedUtc = DateTime.SpecifyKind(story.PublishedUtc!.Value, DateTimeKind.Utc);
            var day = DanishClock.Day(publishedUtc);
            var quarter = Quarter.Containing(day).Number;
            foreach (var channel in story.As<StoryPart>().Channels.Distinct())
            {
                if (!cells.TryGetValue((channel, quarter), out var cell))
                {
                    cells[(channel, quarter)] = cell = [];
                }

                cell.Add(new PlannedStory(story.ContentItemId, story.DisplayText, publishedUtc));
            }
        }

        // The strategy's channels first, in priority order; then any other channel stories went to.
        var rows = channels.Select(c => (c.Channel, (StrategyChannel?)c)).ToList();
        rows.AddRange(StoryChannels.All
            .Where(c => channels.All(s => s.Channel != c) && cells.Keys.Any(k => k.Item1 == c))
            .Select(c => (c, (StrategyChannel?)null)));

        return new ChannelPlan(
            year,
            quarters,
            [.. rows.Select(r => new ChannelPlanRow(r.Item1, r.Item2, [.. quarters.Select(q => (IReadOnlyList<PlannedStory>)(cells.GetValueOrDefault((r.Item1, q.Number)) ?? []))]))],
            year > FirstYear ? year - 1 : null,
            year < Math.Min(thisYear, LastYear) ? year + 1 : null)
        {
            StoryCount = published.Count,
        };
    }

    /// <summary>The start of a Danish day, in UTC.</summary>
    private static DateTime Utc(DateOnly day) => DanishClock.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
