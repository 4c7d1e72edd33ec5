using Portal.Core.Content.Indexing;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// A version as one reader may see it: the version itself, or, when they may only know it exists,
/// its redacted record: a <see cref="ContentItem"/> with the same ids and type whose document holds
/// only what the rule chose to show (a closed item: its number), and nothing else.
/// </summary>
public sealed record VisibleContent(ContentItem Item, bool IsRedacted)
{
    public string ContentItemId => Item.ContentItemId;
}

/// <summary>An index row the reader may see; <see cref="RedactedText"/> is what to show instead of its content when <see cref="IsRedacted"/>.</summary>
public sealed class VisibleRow<TRow>
    where TRow : ContentIndexRow
{
    public required TRow Row { get; init; }

    public bool IsRedacted { get; init; }

    public string? RedactedText { get; init; }
}
