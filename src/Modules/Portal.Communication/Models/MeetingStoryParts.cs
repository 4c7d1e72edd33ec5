using Portal.Core.Content;

namespace Portal.Communication.Models;

/// <summary>
/// Put on MED's agenda items by this module: marks the meeting's standing item "Kommunikation fra
/// mødet" and keeps what the committee agreed to communicate, which an editor can make a story
/// draft of. MED knows nothing of it; a closed item's part is hidden with the rest of its content.
/// </summary>
public sealed class MeetingCommunicationPart : ContentPart
{
    /// <summary>The secretary ticked that this is the meeting's "Kommunikation fra mødet".</summary>
    public bool IsCommunicationItem { get; set; }

    /// <summary>What the committee agreed to communicate: plain text, paragraphs separated by blank lines.</summary>
    public string AgreedText { get; set; } = "";

    /// <summary>The agreed text's paragraphs, trimmed, without empty ones.</summary>
    public IReadOnlyList<string> Paragraphs() =>
        [.. AgreedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];
}

/// <summary>On a story made from a meeting's "Kommunikation fra mødet": the meeting and the agenda item it came from.</summary>
public sealed class StoryFromMeetingPart : ContentPart
{
    public string MeetingId { get; set; } = "";

    public string AgendaItemId { get; set; } = "";
}
