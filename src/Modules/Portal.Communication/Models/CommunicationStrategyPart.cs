using Portal.Core.Content;

namespace Portal.Communication.Models;

/// <summary>How much a channel matters in the strategy: høj, middel or lav.</summary>
public enum ChannelPriority
{
    /// <summary>høj</summary>
    High,

    /// <summary>middel</summary>
    Medium,

    /// <summary>lav</summary>
    Low,
}

/// <summary>A channel of the strategy: which one, how much it matters, who owns it, and what it covers ("LinkedIn og Facebook").</summary>
public sealed class StrategyChannel
{
    public StoryChannel Channel { get; set; }

    public ChannelPriority Priority { get; set; }

    /// <summary>Who is responsible for the channel, e.g. "Kommunikationsafdelingen".</summary>
    public string Owner { get; set; } = "";

    public string Note { get; set; } = "";
}

/// <summary>
/// A communication strategy (kommunikationsstrategi): its goals, target groups, channels in priority
/// order, what is done centrally and what decentrally, and the recommendations it answers.
/// </summary>
public sealed class CommunicationStrategyPart : ContentPart
{
    /// <summary>Sanitised HTML.</summary>
    public string Introduction { get; set; } = "";

    public List<string> Goals { get; set; } = [];

    public List<string> TargetGroups { get; set; } = [];

    /// <summary>At most one row per channel, in the order the editor gave them.</summary>
    public List<StrategyChannel> Channels { get; set; } = [];

    /// <summary>What the central communication department does.</summary>
    public List<string> CentralResponsibilities { get; set; } = [];

    /// <summary>What the areas and workplaces do themselves.</summary>
    public List<string> DecentralResponsibilities { get; set; } = [];

    /// <summary>The ids of the recommendations (content type Recommendation) the strategy answers.</summary>
    public List<string> RecommendationIds { get; set; } = [];
}

public static class ChannelPriorities
{
    public static string Label(ChannelPriority priority) => priority switch
    {
        ChannelPriority.High => "Høj",
        ChannelPriority.Medium => "Middel",
        ChannelPriority.Low => "Lav",
        _ => priority.ToString(),
    };
}
