using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Users.TagHelpers;

// The built-in tag helpers render an empty validation message for a valid field and do not tie the
// message to its input. These run after them (higher Order) and give the dkfds markup: the message only
// when there is an error, with an id the input points to through aria-describedby.

/// <summary>Marks an invalid input with <c>aria-invalid</c> and links it to its error message.</summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class FieldErrorLinkTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!FieldErrors.IsInvalid(ViewContext, For, out var errorId))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
            ? $"{existing.Value} {errorId}"
            : errorId;
        output.Attributes.SetAttribute("aria-describedby", describedBy);
    }
}

/// <summary>Renders <c>&lt;span asp-validation-for&gt;</c> only for an invalid field, as a dkfds error message.</summary>
[HtmlTargetElement("span", Attributes = ForAttribute)]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    private const string ForAttribute = "asp-validation-for";

    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!FieldErrors.IsInvalid(ViewContext, For, out var errorId))
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.SetAttribute("id", errorId);
        output.AddClass("form-error-message", HtmlEncoder.Default);
        output.PreContent.AppendHtml("<span class=\"sr-only\">Fejl: </span>");
    }
}

/// <summary><c>&lt;div class="form-group" error-for="Name"&gt;</c> gets dkfds' <c>form-error</c> when the field is invalid.</summary>
[HtmlTargetElement("div", Attributes = ForAttribute)]
[HtmlTargetElement("fieldset", Attributes = ForAttribute)]
public sealed class FormGroupErrorTagHelper : TagHelper
{
    private const string ForAttribute = "error-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (FieldErrors.IsInvalid(ViewContext, For, out _))
        {
            output.AddClass("form-error", HtmlEncoder.Default);
        }
    }
}

internal static class FieldErrors
{
    public static bool IsInvalid(ViewContext viewContext, ModelExpression field, out string errorId)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
        errorId = TagBuilder.CreateSanitizedId(name, "_") + "-error";
        return viewContext.ModelState.GetFieldValidationState(name) == ModelValidationState.Invalid;
    }
}
