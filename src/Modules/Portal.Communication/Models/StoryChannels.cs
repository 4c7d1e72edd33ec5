namespace Portal.Communication.Models;

/// <summary>What the portal says about each channel: its Danish name and how long a text posted there may be.</summary>
public static class StoryChannels
{
    /// <summary>Every channel, in the order editors and readers see them.</summary>
    public static readonly IReadOnlyList<StoryChannel> All = Enum.GetValues<StoryChannel>();

    /// <summary>"Intranettet", "Sociale medier", …: as a label on its own.</summary>
    public static string Label(StoryChannel channel) => channel switch
    {
        StoryChannel.Intranet => "Intranettet",
        StoryChannel.Website => "Hjemmesiden",
        StoryChannel.SocialMedia => "Sociale medier",
        StoryChannel.Newsletter => "Nyhedsbrev",
        StoryChannel.Screens => "Infoskærme",
        _ => channel.ToString(),
    };

    /// <summary>"intranettet", "sociale medier", …: inside a sentence.</summary>
    public static string InSentence(StoryChannel channel) => Label(channel).ToLowerInvariant();

    /// <summary>
    /// The longest share text a channel takes, in characters: a post on X is 280, the others are what
    /// fits the place the text is shown (a teaser on the intranet's front page, the website's news
    /// list, a newsletter item, an info screen read in passing).
    /// </summary>
    public static int ShareLimit(StoryChannel channel) => channel switch
    {
        StoryChannel.Intranet => 500,
        StoryChannel.Website => 300,
        StoryChannel.SocialMedia => 280,
        StoryChannel.Newsletter => 600,
        StoryChannel.Screens => 120,
        _ => 280,
    };

    /// <summary>A text as it is counted and stored: line breaks as one character each, no space around it.</summary>
    public static string Normalize(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
