using Portal.Communication.Models;
using Portal.Communication.Services;
using Portal.Core.Content;
using Portal.Recommendations.Models;

namespace Portal.Communication.ViewModels;

public sealed record StrategyListViewModel(IReadOnlyList<ContentItem> Strategies);

/// <summary>A story in a cell of the channel plan.</summary>
public sealed record PlannedStory(string Id, string Title, DateTime PublishedUtc);

/// <summary>
/// A row of the channel plan: a channel, what the strategy says about it (null when the strategy does
/// not name it but stories went there), and the stories of each quarter, oldest first.
/// </summary>
public sealed record ChannelPlanRow(StoryChannel Channel, StrategyChannel? InStrategy, IReadOnlyList<IReadOnlyList<PlannedStory>> Cells)
{
    public string Label => StoryChannels.Label(Channel);
}

/// <summary>Which published stories went to which channel in each quarter of <see cref="Year"/>.</summary>
public sealed record ChannelPlan(int Year, IReadOnlyList<Quarter> Quarters, IReadOnlyList<ChannelPlanRow> Rows, int? PreviousYear, int? NextYear)
{
    public int StoryCount { get; init; }
}

public sealed record StrategyPageViewModel(
    ContentItem Strategy,
    CommunicationStrategyPart Part,
    IReadOnlyList<StrategyChannel> Channels,
    IReadOnlyList<RecommendationLink> Recommendations,
    ChannelPlan Plan);
