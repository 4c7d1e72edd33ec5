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
        output.Attributes.SetAttribute("datetime", DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
        output.Content.SetContent(local.ToString(Format, Danish));
    }
}
