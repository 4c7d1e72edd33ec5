using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Core.Html;

/// <summary>
/// Text typed without any markup (in a form without the editor's script, or by an API client) made
/// into HTML that keeps its shape: a blank line starts a new paragraph, a line break stays a line
/// break, and lines starting with "- ", "* " or "• " become a bulleted list.
/// </summary>
internal static partial class PlainText
{
    /// <summary>True when the text holds a tag or a comment, i.e. is meant as HTML.</summary>
    public static bool HasMarkup(string text) => Markup().IsMatch(text);

    /// <summary>
    /// The text as paragraphs and lists. Only <c>&lt;</c> is encoded (the text holds no tags, see
    /// <see cref="HasMarkup"/>, so every one is text); <c>&amp;</c> is left for the sanitizer's HTML
    /// parser, which reads a lone one as text and an entity such as <c>&amp;amp;</c> as the character,
    /// so a text that was saved as HTML once comes back unchanged.
    /// </summary>
    public static string ToHtml(string text)
    {
        text = text.Replace("<", "&lt;", StringComparison.Ordinal);
        var html = new StringBuilder();
        var paragraph = new List<string>();
        var list = new List<string>();

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").AppendJoin("<br>", paragraph).Append("</p>");
                paragraph.Clear();
            }
        }

        void EndList()
        {
            if (list.Count > 0)
            {
                html.Append("<ul>");
                foreach (var item in list)
                {
                    html.Append("<li>").Append(item).Append("</li>");
                }

                html.Append("</ul>");
                list.Clear();
            }
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                EndParagraph();
                EndList();
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                EndParagraph();
                list.Add(bullet.Groups["text"].Value.Trim());
            }
            else if (list.Count > 0 && char.IsWhiteSpace(line[0]))
            {
                // An indented line goes on with the list item above it.
                list[^1] += " " + line.Trim();
            }
            else
            {
                EndList();
                paragraph.Add(line.Trim());
            }
        }

        EndParagraph();
        EndList();
        return html.ToString();
    }

    [GeneratedRegex(@"<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9-]*\s*)>|<!--", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"^\s*[-*•]\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();
}
