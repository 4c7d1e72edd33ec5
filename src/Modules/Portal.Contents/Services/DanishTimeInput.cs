using System.Globalization;
using Portal.Core.Display;

namespace Portal.Contents.Services;

/// <summary>
/// A date and time as editors type it (a <c>datetime-local</c> field, or dd-mm-åååå tt:mm by hand),
/// in Danish time: what the date-and-time field and the publishing times share (<see cref="DanishClock"/> converts).
/// </summary>
public static class DanishTimeInput
{
    private const string FieldFormat = "yyyy-MM-dd'T'HH:mm";
    private static readonly string[] ByHand = ["dd-MM-yyyy HH:mm", "dd.MM.yyyy HH:mm"];

    /// <summary>The UTC time as the field shows it, or null.</summary>
    public static string? Of(DateTime? utc) =>
        utc is { } value ? DanishClock.Local(value).ToString(FieldFormat, CultureInfo.InvariantCulture) : null;

    /// <summary>Reads the Danish time typed, in the field's format, by hand, or one of <paramref name="alsoAccepted"/>.</summary>
    public static bool TryRead(string text, IEnumerable<string> alsoAccepted, out DateTime local) =>
        DateTime.TryParseExact(text.Trim(), [FieldFormat, .. alsoAccepted, .. ByHand], CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
}
