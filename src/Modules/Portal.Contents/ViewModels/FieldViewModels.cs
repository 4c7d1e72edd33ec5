using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Core.Content.Metadata;

namespace Portal.Contents.ViewModels;

/// <summary>What every field editor shows besides its value: the label, hint and whether it is required.</summary>
public abstract class FieldEditorViewModel
{
    [BindNever]
    [ValidateNever]
    public ContentFieldDefinition Definition { get; set; } = null!;
}

public sealed class TextFieldViewModel : FieldEditorViewModel
{
    public string? Text { get; set; }
}

public sealed class HtmlFieldViewModel : FieldEditorViewModel
{
    public string? Html { get; set; }
}

public sealed class DateTimeFieldViewModel : FieldEditorViewModel
{
    /// <summary>Local Danish time as yyyy-MM-ddTHH:mm (the format of a datetime-local input).</summary>
    public string? Value { get; set; }
}

public sealed class NumericFieldViewModel : FieldEditorViewModel
{
    /// <summary>In Danish format, e.g. 1.234,50.</summary>
    public string? Value { get; set; }
}

public sealed class BooleanFieldViewModel : FieldEditorViewModel
{
    public bool Value { get; set; }
}

public sealed class ContentPickerFieldViewModel : FieldEditorViewModel
{
    public List<string> ContentItemIds { get; set; } = [];

    public List<SelectListItem> Options { get; set; } = [];
}

public sealed class MediaFieldViewModel : FieldEditorViewModel
{
    public string? Path { get; set; }

    public string? AltText { get; set; }
}

public sealed class LinkFieldViewModel : FieldEditorViewModel
{
    public string? Url { get; set; }

    public string? Text { get; set; }
}

/// <summary>A field's value for display.</summary>
public sealed record FieldDisplayViewModel(ContentFieldDefinition Definition, object Value);
