using Portal.Core.Content;

namespace Portal.Contents.Services;

/// <summary>
/// A part's values as labelled text for comparing versions, each under the label its editor shows
/// (an agenda item's Resume, Sagsfremstilling, Indstilling, … each on a row of its own). A part
/// without one is compared as one text under the part's display name.
/// </summary>
public interface IPartVersionValues
{
    /// <summary>The part this one reads, e.g. <c>AgendaItemPart</c>.</summary>
    string PartName { get; }

    Task<IReadOnlyList<VersionValue>> ValuesAsync(ContentItem version);
}
