using Portal.Core.Content;

namespace Portal.Contents.Models;

/// <summary>The item's title; also its display text.</summary>
public sealed class TitlePart : ContentPart
{
    /// <summary>
    /// A part setting: the module that owns the type makes the title (e.g. "Møde i Hovedudvalget
    /// 12-03-2026"), so the part has no editor of its own.
    /// </summary>
    public const string GeneratedSetting = "Generated";

    public string Title { get; set; } = "";

    public static bool IsGenerated(Portal.Core.Content.Metadata.ContentTypeDefinition type) =>
        type.Parts.FirstOrDefault(p => p.Name == nameof(TitlePart))?.Settings.GetValueOrDefault(GeneratedSetting) == "true";
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
