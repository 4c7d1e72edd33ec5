using System.ComponentModel.DataAnnotations;
using Portal.Communication.Models;

namespace Portal.Communication.ViewModels;

public sealed record Choice(string Value, string Text);

/// <summary>What the story editor posts, under the prefix <c>StoryPart</c>.</summary>
public sealed class StoryPartEditModel
{
    [StringLength(1_000, ErrorMessage = "Underrubrikken må højst være 1.000 tegn.")]
    public string? Lead { get; set; }

    public string? Body { get; set; }

    public string? ImageId { get; set; }

    [StringLength(300, ErrorMessage = "Den alternative tekst må højst være 300 tegn.")]
    public string? ImageAlt { get; set; }

    public string? AreaId { get; set; }

    [StringLength(200, ErrorMessage = "Faggruppen må højst være 200 tegn.")]
    public string? Profession { get; set; }

    /// <summary>Separated by commas.</summary>
    [StringLength(500, ErrorMessage = "Emnerne må højst fylde 500 tegn.")]
    public string? Tags { get; set; }

    public List<StoryChannel> Channels { get; set; } = [];

    public bool Featured { get; set; }

    [StringLength(200, ErrorMessage = "Forfatteren må højst være 200 tegn.")]
    public string? Author { get; set; }

    /// <summary>The share kit's texts, by channel name (<c>StoryPart.ShareTexts[SocialMedia]</c>).</summary>
    public Dictionary<string, string?> ShareTexts { get; set; } = [];
}

public sealed record StoryPartEditorViewModel(StoryPartEditModel Form, IReadOnlyList<Choice> Images, IReadOnlyList<Choice> Areas);

public sealed class StoryAreaPartEditModel
{
    public string? Description { get; set; }
}

/// <summary>
/// A share text's box with its limit and count (Views/Shared/_ShareText.cshtml): in the story editor
/// it posts under <see cref="Name"/>; on the share page it has none and a copy button instead.
/// </summary>
public sealed record ShareTextBox(string Id, string? Name, string Label, string Text, int Limit, string? Error = null)
{
    public int Length => StoryChannels.Normalize(Text).Length;

    public bool IsOver => Length > Limit;
}
