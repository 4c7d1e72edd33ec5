using Portal.Core.Content;

namespace Portal.Contents.Models;

/// <summary>The item's title; also its display text.</summary>
public sealed class TitlePart : ContentPart
{
    public string Title { get; set; } = "";
}

/// <summary>Rich text, sanitized before it is stored.</summary>
public sealed class HtmlBodyPart : ContentPart
{
    public string Html { get; set; } = "";
}

/// <summary>The item's address, e.g. <c>om-portalen</c> or <c>personale/ferie</c>.</summary>
public sealed class AutoroutePart : ContentPart
{
    public string Path { get; set; } = "";
}
