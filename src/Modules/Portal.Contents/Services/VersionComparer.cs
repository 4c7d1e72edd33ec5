using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;

namespace Portal.Contents.Services;

/// <summary>One labelled value of a version, as plain text, for comparing versions side by side.</summary>
public sealed record VersionValue(string Label, string Text);

public sealed record ComparedValue(string Label, string Left, string Right, IReadOnlyList<DiffSegment> Diff)
{
    public bool Changed => Left != Right;
}

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// Flattens two versions into labelled text and marks the words that differ. A part is one text
/// under its display name unless a module says how to read it (<see cref="IPartVersionValues"/>).
/// </summary>
public sealed partial class VersionComparer(IEnumerable<ContentPartDescriptor> parts, IEnumerable<IPartVersionValues> partValues)
{
    private readonly Dictionary<string, string> _partNames = parts.ToDictionary(p => p.Name, p => p.DisplayName);
    private readonly Dictionary<string, IPartVersionValues> _partValues = partValues.ToDictionary(p => p.PartName);

    public async Task<IReadOnlyList<ComparedValue>> CompareAsync(ContentItem left, ContentItem right, ContentTypeDefinition? definition)
    {
        var a = (await FlattenAsync(left, definition)).ToDictionary(v => v.Label, v => v.Text);
        var b = (await FlattenAsync(right, definition)).ToDictionary(v => v.Label, v => v.Text);
        var labels = a.Keys.Concat(b.Keys.Where(k => !a.ContainsKey(k))).ToList();
        return [.. labels.Select(label =>
        {
            var l = a.GetValueOrDefault(label, "");
            var r = b.GetValueOrDefault(label, "");
            return new ComparedValue(label, l, r, DiffWords(l, r));
        })];
    }

    /// <summary>The labels of the values that differ between two versions, without marking words: for a record of what a save changed.</summary>
    public async Task<IReadOnlyList<string>> ChangedLabelsAsync(ContentItem left, ContentItem right, ContentTypeDefinition? definition)
    {
        var a = (await FlattenAsync(left, definition)).ToDictionary(v => v.Label, v => v.Text);
        var b = (await FlattenAsync(right, definition)).ToDictionary(v => v.Label, v => v.Text);
        return [.. a.Keys.Concat(b.Keys.Where(k => !a.ContainsKey(k))).Where(label => a.GetValueOrDefault(label, "") != b.GetValueOrDefault(label, ""))];
    }

    /// <summary>The version's values in document order; a label that repeats is numbered, so none hides another.</summary>
    public async Task<IReadOnlyList<VersionValue>> FlattenAsync(ContentItem item, ContentTypeDefinition? definition)
    {
        var values = new List<VersionValue> { new("Titel", item.DisplayText) };
        foreach (var (name, node) in item.Content)
        {
            if (name == "Fields" && node is JsonObject fields)
            {
                foreach (var (fieldName, fieldNode) in fields)
                {
                    var label = definition?.GetField(fieldName)?.DisplayName ?? fieldName;
                    values.Add(new VersionValue(label, TextOf(fieldNode)));
                }

                continue;
            }

            if (name == "TitlePart")
            {
                continue;
            }

            if (_partValues.TryGetValue(name, out var reader))
            {
                values.AddRange(await reader.ValuesAsync(item));
                continue;
            }

            values.Add(new VersionValue(_partNames.GetValueOrDefault(name, name), TextOf(node)));
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = new List<VersionValue>(values.Count);
        foreach (var value in values)
        {
            var count = counts[value.Label] = counts.GetValueOrDefault(value.Label) + 1;
            numbered.Add(count == 1 ? value : value with { Label = $"{value.Label} ({count})" });
        }

        return numbered;
    }

    /// <summary>The text of rich text (HTML) as a reader sees it, for comparing words.</summary>
    public static string PlainText(string? html) =>
        string.IsNullOrEmpty(html) ? "" : html.Contains('<', StringComparison.Ordinal) ? WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim() : html;

    /// <summary>A word diff by longest common subsequence; versions are short enough for the quadratic table.</summary>
    public static IReadOnlyList<DiffSegment> DiffWords(string left, string right)
    {
        var a = Words().Matches(left).Select(m => m.Value).ToArray();
        var b = Words().Matches(right).Select(m => m.Value).ToArray();
        if ((long)a.Length * b.Length > 4_000_000)
        {
            return [new DiffSegment(DiffKind.Removed, left), new DiffSegment(DiffKind.Added, right)];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Append(segments, DiffKind.Same, a[x++]);
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Append(segments, DiffKind.Added, b[y++]);
            }
            else
            {
                Append(segments, DiffKind.Removed, a[x++]);
            }
        }

        return segments;
    }

    private static void Append(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    private static string TextOf(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "";
            case JsonValue value:
                return PlainText(value.ToString());
            case JsonArray array:
                return string.Join(", ", array.Select(TextOf));
            case JsonObject obj:
                var builder = new StringBuilder();
                foreach (var (_, child) in obj)
                {
                    var childText = TextOf(child);
                    if (childText.Length > 0)
                    {
                        builder.Append(builder.Length > 0 ? " · " : "").Append(childText);
                    }
                }

                return builder.ToString();
            default:
                return node.ToString();
        }
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Words();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
