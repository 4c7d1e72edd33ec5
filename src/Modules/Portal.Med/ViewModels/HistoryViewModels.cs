using Portal.Contents.Services;
using Portal.Core.Content;

namespace Portal.Med.ViewModels;

/// <summary>An agenda item's versions, newest first, beside its latest version.</summary>
public sealed record ItemHistoryViewModel(ContentItem Latest, IReadOnlyList<ContentItem> Versions)
{
    /// <summary>The version saved just before <paramref name="version"/> that the user may read, to show what it changed.</summary>
    public ContentItem? Before(ContentItem version) => Versions.FirstOrDefault(v => v.Number < version.Number);
}

/// <summary>Two versions of an agenda item side by side, and the versions to choose between.</summary>
public sealed record ItemCompareViewModel(
    ContentItem Latest,
    ContentItem Left,
    ContentItem Right,
    IReadOnlyList<ComparedValue> Values,
    IReadOnlyList<ContentItem> Versions);
