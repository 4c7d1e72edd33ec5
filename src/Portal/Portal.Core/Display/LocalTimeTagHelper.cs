using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Core.Display;

/// <summary><c>&lt;local-time utc="…" /&gt;</c>: a UTC time shown in Danish time and format.</summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    public static readonly TimeZoneInfo DanishTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public DateTime? Utc { get; set; }

    /// <summary>A .NET format string; defaults to "d. MMM yyyy HH:mm".</summary>
    public string Format { get; set; } = "d. MMM yyyy HH:mm";

    /// <summary>
    /// A valid HTML global date and time (whole seconds, UTC): "O" writes seven fractional digits,
    /// which HTML does not allow.
    /// </summary>
    public static string MachineReadable(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The time as a sentence shows it: "3. december 2026 kl. 08.00".</summary>
    public static string InWords(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DanishTime).ToString("d. MMMM yyyy 'kl.' HH.mm", Danish);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Utc is not { } utc)
        {
            output.SuppressOutput();
            return;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DanishTime);
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", MachineReadable(utc));
        output.Content.SetContent(local.ToString(Format, Danish));
    }
}
