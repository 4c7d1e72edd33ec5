using Portal.Core.Content;

namespace Portal.Communication.Models;

/// <summary>Where a story may be told.</summary>
public enum StoryChannel
{
    /// <summary>intranettet</summary>
    Intranet,

    /// <summary>hjemmesiden</summary>
    Website,

    /// <summary>sociale medier</summary>
    SocialMedia,

    /// <summary>nyhedsbrev</summary>
    Newsletter,

    /// <summary>infoskærme</summary>
    Screens,
}

/// <summary>An area of the municipality stories are about (Socialområdet, Sundhed og Omsorg, …): data an editor adds.</summary>
public sealed class StoryAreaPart : ContentPart
{
    /// <summary>Sanitised HTML.</summary>
    public string Description { get; set; } = "";
}

/// <summary>A good story about working in the municipality.</summary>
public sealed class StoryPart : ContentPart
{
    /// <summary>The paragraph that opens the story and shows in lists and shared links.</summary>
    public string Lead { get; set; } = "";

    /// <summary>Sanitised HTML.</summary>
    public string Body { get; set; } = "";

    /// <summary>The main image: an attachment of the media library, which then belongs to the story.</summary>
    public string ImageId { get; set; } = "";

    /// <summary>What the image shows, for those who cannot see it. Required to publish.</summary>
    public string ImageAlt { get; set; } = "";

    public string AreaId { get; set; } = "";

    public string Profession { get; set; } = "";

    public List<string> Tags { get; set; } = [];

    public List<StoryChannel> Channels { get; set; } = [];

    /// <summary>Shown first, where stories are picked out.</summary>
    public bool Featured { get; set; }

    /// <summary>Who wrote it, as the byline shows.</summary>
    public string Author { get; set; } = "";

    /// <summary>
    /// The share kit: the text to post with the story on each channel, at most
    /// <see cref="StoryChannels.ShareLimit"/> characters (line breaks count as one).
    /// </summary>
    public Dictionary<StoryChannel, string> ShareTexts { get; set; } = [];
}
