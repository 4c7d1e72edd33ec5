using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Portal.Core.Html;

/// <summary>Every piece of rich text goes through this before it is stored.</summary>
public interface IHtmlSanitizerService
{
    /// <summary>
    /// Safe HTML: headings, paragraphs, lists, links, tables and the portal's own images stay;
    /// scripts, event attributes, inline styles and forms go. Text without any tags is first made
    /// into paragraphs (a blank line between them) and bulleted lists ("- " or "* " lines).
    /// </summary>
    string Sanitize(string? html);
}

internal sealed partial class HtmlSanitizerService : IHtmlSanitizerService
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
        // Inline styles are the theme's business, not the editor's.
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("select");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.PostProcessDom += (_, e) => RemoveForeignImages(e.Document);
    }

    public string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        return _sanitizer.Sanitize(PlainText.HasMarkup(html) ? html : PlainText.ToHtml(html)).Trim();
    }

    /// <summary>
    /// An image must be one of the portal's files (so it follows the access rules of the item it
    /// belongs to, and no reader's browser is sent elsewhere) and must say what it shows.
    /// </summary>
    private static void RemoveForeignImages(IDocument document)
    {
        foreach (var image in document.QuerySelectorAll("img").ToList())
        {
            if (!MediaSource().IsMatch(image.GetAttribute("src") ?? "") || string.IsNullOrWhiteSpace(image.GetAttribute("alt")))
            {
                image.Remove();
            }
        }
    }

    /// <summary><c>/media/{id}/{name}</c> as the media library makes it; the rich-text editor checks the same.</summary>
    [GeneratedRegex("^/media/[0-9a-z]{26}(/[^/?#\\\\]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaSource();
}
