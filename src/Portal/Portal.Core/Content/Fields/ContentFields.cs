using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Core.Content.Fields;

/// <summary>The field types an editor can add to a content type at run time.</summary>
public static class FieldTypes
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string DateTime = "DateTimeField";
    public const string Numeric = "NumericField";
    public const string Boolean = "BooleanField";
    public const string ContentPicker = "ContentPickerField";
    public const string Media = "MediaField";
    public const string Link = "LinkField";

    public static IReadOnlyDictionary<string, string> DisplayNames { get; } = new Dictionary<string, string>
    {
        [Text] = "Tekst",
        [Html] = "Formateret tekst (HTML)",
        [DateTime] = "Dato og tid",
        [Numeric] = "Tal",
        [Boolean] = "Ja/nej",
        [ContentPicker] = "Henvisning til indhold",
        [Media] = "Medie",
        [Link] = "Link",
    };

    public static bool IsKnown(string fieldType) => DisplayNames.ContainsKey(fieldType);
}

public abstract class ContentField
{
}

public sealed class TextField : ContentField
{
    public string? Text { get; set; }
}

public sealed class HtmlField : ContentField
{
    public string? Html { get; set; }
}

public sealed class DateTimeField : ContentField
{
    /// <summary>UTC.</summary>
    public DateTime? Value { get; set; }
}

public sealed class NumericField : ContentField
{
    public decimal? Value { get; set; }
}

public sealed class BooleanField : ContentField
{
    public bool Value { get; set; }
}

public sealed class ContentPickerField : ContentField
{
    public List<string> ContentItemIds { get; set; } = [];
}

public sealed class MediaField : ContentField
{
    public List<MediaReference> Items { get; set; } = [];
}

public sealed record MediaReference(string Path, string AltText);

public sealed class LinkField : ContentField
{
    public string? Url { get; set; }

    public string? Text { get; set; }
}

/// <summary>Fields live in the item's JSON under <c>Fields.{FieldName}</c>.</summary>
public static class ContentItemFieldExtensions
{
    private const string FieldsKey = "Fields";

    public static TField GetField<TField>(this ContentItem item, string fieldName)
        where TField : ContentField, new()
    {
        try
        {
            return item.Content[FieldsKey]?[fieldName]?.Deserialize<TField>(ContentSerializer.Options) ?? new TField();
        }
        catch (JsonException)
        {
            // A value stored when a field of this name had another type: start empty, keep the old value in history.
            return new TField();
        }
    }

    public static void SetField<TField>(this ContentItem item, string fieldName, TField field)
        where TField : ContentField
    {
        if (item.Content[FieldsKey] is not JsonObject fields)
        {
            fields = [];
            item.Content[FieldsKey] = fields;
        }

        fields[fieldName] = JsonSerializer.SerializeToNode(field, ContentSerializer.Options);
    }
}
