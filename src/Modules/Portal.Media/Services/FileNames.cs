using System.Globalization;
using System.Text;

namespace Portal.Media.Services;

internal static class FileNames
{
    private const int MaxLength = 200;
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>
    /// The name as people should see it: no folders (old browsers send the whole path), no control or
    /// reserved characters, composed letters (macOS sends "å" as "a" plus a ring), at most 200 characters.
    /// </summary>
    public static string Sanitize(string? name)
    {
        var leaf = (name ?? "").Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var cleaned = new StringBuilder(leaf.Length);
        foreach (var c in leaf)
        {
            if (char.IsControl(c) || "\"*:<>?|".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            cleaned.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var result = string.Join(' ', cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        var extension = Path.GetExtension(result);
        var stem = result[..^extension.Length];
        if (stem.Length == 0)
        {
            stem = "fil";
        }

        if (extension.Length > 20)
        {
            extension = "";
            stem = result;
        }

        if (stem.Length + extension.Length > MaxLength)
        {
            stem = stem[..(MaxLength - extension.Length)];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }
        }

        return stem.TrimEnd() + extension;
    }

    /// <summary>"812 bytes", "14,2 KB", "25 MB".</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        1 => "1 byte",
        < 1024 => string.Create(Danish, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(Danish, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(Danish, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };
}
