using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Services;
using Portal.Contents.ViewModels;
using Portal.Core.Content.Display;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Html;

namespace Portal.Contents.Drivers;

internal static class FieldValidation
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static void Required(IUpdateModel updater, ContentFieldDefinition field, string property, bool isEmpty)
    {
        if (field.Required && isEmpty)
        {
            updater.ModelState.AddModelError($"Fields.{field.Name}.{property}", $"Udfyld {field.DisplayName}.");
        }
    }

    public static DisplayResult Display(ContentFieldDefinition field, string viewName, object value) =>
        new(viewName, new FieldDisplayViewModel(field, value), $"Fields.{field.Name}", 1000 + field.Position);
}

internal sealed class TextFieldDriver : ContentFieldDisplayDriver<TextField>
{
    protected override DisplayResult? Display(TextField value, ContentFieldDefinition field, BuildContext context) =>
        string.IsNullOrWhiteSpace(value.Text) ? null : FieldValidation.Display(field, "Fields/TextField.Display", value);

    protected override DisplayResult Edit(TextField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/TextField.Edit", new TextFieldViewModel { Definition = field, Text = value.Text }, field);

    protected override async Task UpdateAsync(TextField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new TextFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        value.Text = model.Text?.Trim();
        FieldValidation.Required(updater, field, nameof(model.Text), string.IsNullOrEmpty(value.Text));
    }
}

internal sealed class HtmlFieldDriver(IHtmlSanitizerService sanitizer) : ContentFieldDisplayDriver<HtmlField>
{
    protected override DisplayResult? Display(HtmlField value, ContentFieldDefinition field, BuildContext context) =>
        string.IsNullOrWhiteSpace(value.Html) ? null : FieldValidation.Display(field, "Fields/HtmlField.Display", value);

    protected override DisplayResult Edit(HtmlField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/HtmlField.Edit", new HtmlFieldViewModel { Definition = field, Html = value.Html }, field);

    protected override async Task UpdateAsync(HtmlField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new HtmlFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        value.Html = sanitizer.Sanitize(model.Html);
        FieldValidation.Required(updater, field, nameof(model.Html), string.IsNullOrEmpty(value.Html));
    }
}

internal sealed class DateTimeFieldDriver : ContentFieldDisplayDriver<DateTimeField>
{
    protected override DisplayResult? Display(DateTimeField value, ContentFieldDefinition field, BuildContext context) =>
        value.Value is null ? null : FieldValidation.Display(field, "Fields/DateTimeField.Display", TimeZoneInfo.ConvertTimeFromUtc(value.Value.Value, LocalTimeTagHelper.DanishTime));

    protected override DisplayResult Edit(DateTimeField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/DateTimeField.Edit", new DateTimeFieldViewModel
        {
            Definition = field,
            Value = DanishTimeInput.Of(value.Value),
        }, field);

    protected override async Task UpdateAsync(DateTimeField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new DateTimeFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        if (string.IsNullOrWhiteSpace(model.Value))
        {
            value.Value = null;
            FieldValidation.Required(updater, field, nameof(model.Value), true);
            return;
        }

        if (!DanishTimeInput.TryRead(model.Value, ["yyyy-MM-dd"], out var local))
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.Value)}", $"{field.DisplayName}: skriv dato og tid som dd-mm-åååå tt:mm.");
            return;
        }

        if (!DanishClock.Exists(local))
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.Value)}", $"{field.DisplayName}: tidspunktet findes ikke, fordi uret stilles frem til sommertid. Vælg et andet.");
            return;
        }

        value.Value = DanishClock.ToUtc(local);
    }
}

internal sealed class NumericFieldDriver : ContentFieldDisplayDriver<NumericField>
{
    protected override DisplayResult? Display(NumericField value, ContentFieldDefinition field, BuildContext context) =>
        value.Value is null ? null : FieldValidation.Display(field, "Fields/NumericField.Display", value.Value.Value.ToString("#,##0.##", FieldValidation.Danish));

    protected override DisplayResult Edit(NumericField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/NumericField.Edit", new NumericFieldViewModel { Definition = field, Value = value.Value?.ToString("0.##", FieldValidation.Danish) }, field);

    protected override async Task UpdateAsync(NumericField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new NumericFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        if (string.IsNullOrWhiteSpace(model.Value))
        {
            value.Value = null;
            FieldValidation.Required(updater, field, nameof(model.Value), true);
            return;
        }

        if (!decimal.TryParse(model.Value.Trim(), NumberStyles.Number, FieldValidation.Danish, out var number))
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.Value)}", $"{field.DisplayName}: skriv et tal, fx 1.234,50.");
            return;
        }

        value.Value = number;
    }
}

internal sealed class BooleanFieldDriver : ContentFieldDisplayDriver<BooleanField>
{
    protected override DisplayResult? Display(BooleanField value, ContentFieldDefinition field, BuildContext context) =>
        FieldValidation.Display(field, "Fields/BooleanField.Display", value.Value ? "Ja" : "Nej");

    protected override DisplayResult Edit(BooleanField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/BooleanField.Edit", new BooleanFieldViewModel { Definition = field, Value = value.Value }, field);

    protected override async Task UpdateAsync(BooleanField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new BooleanFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        value.Value = model.Value;
    }
}

internal sealed class ContentPickerFieldDriver(
    IContentDefinitionManager definitions,
    IContentVisibility visibility,
    IHttpContextAccessor httpContext) : ContentFieldDisplayDriver<ContentPickerField>
{
    protected override async Task<DisplayResult?> DisplayAsync(ContentPickerField value, ContentFieldDefinition field, BuildContext context)
    {
        if (value.ContentItemIds.Count == 0)
        {
            return null;
        }

        var types = await AllowedTypesAsync(field);
        var linked = await visibility.Versions(await KeysAsync())
            .Where(c => value.ContentItemIds.Contains(c.ContentItemId) && c.Published && types.Contains(c.ContentType))
            .Select(c => new KeyValuePair<string, string>(c.ContentItemId, c.DisplayText))
            .ToListAsync();
        return linked.Count == 0 ? null : FieldValidation.Display(field, "Fields/ContentPickerField.Display", linked);
    }

    protected override async Task<DisplayResult> EditAsync(ContentPickerField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/ContentPickerField.Edit", new ContentPickerFieldViewModel
        {
            Definition = field,
            ContentItemIds = value.ContentItemIds,
            Options = await OptionsForAsync(field, context.ContentItem.ContentItemId, value.ContentItemIds),
        }, field);

    protected override async Task UpdateAsync(ContentPickerField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new ContentPickerFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        var chosen = model.ContentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
        if (!field.Multiple && chosen.Count > 1)
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.ContentItemIds)}", $"{field.DisplayName}: vælg kun ét.");
            return;
        }

        var types = await AllowedTypesAsync(field);
        var existing = await visibility.Versions(await KeysAsync())
            .Where(c => chosen.Contains(c.ContentItemId) && c.Latest && types.Contains(c.ContentType))
            .Select(c => c.ContentItemId)
            .ToListAsync();
        if (existing.Count != chosen.Count)
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.ContentItemIds)}", $"{field.DisplayName}: det valgte indhold findes ikke (længere).");
            return;
        }

        value.ContentItemIds = chosen;
        FieldValidation.Required(updater, field, nameof(model.ContentItemIds), chosen.Count == 0);
    }

    private async Task<List<SelectListItem>> OptionsForAsync(ContentFieldDefinition field, string self, List<string> selected)
    {
        var types = await AllowedTypesAsync(field);
        var candidates = await visibility.Versions(await KeysAsync())
            .Where(c => c.Latest && types.Contains(c.ContentType) && c.ContentItemId != self)
            .OrderBy(c => c.DisplayText)
            .Take(500)
            .Select(c => new { c.ContentItemId, c.DisplayText })
            .ToListAsync();
        return [.. candidates.Select(c => new SelectListItem(c.DisplayText, c.ContentItemId, selected.Contains(c.ContentItemId)))];
    }

    private Task<IReadOnlySet<string>> KeysAsync() =>
        visibility.KeysOfAsync(httpContext.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal());

    private async Task<List<string>> AllowedTypesAsync(ContentFieldDefinition field) =>
        field.AllowedContentTypes.Count > 0
            ? field.AllowedContentTypes
            : [.. (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable).Select(t => t.Name)];
}

internal sealed class MediaFieldDriver : ContentFieldDisplayDriver<MediaField>
{
    protected override DisplayResult? Display(MediaField value, ContentFieldDefinition field, BuildContext context) =>
        value.Items.Count == 0 ? null : FieldValidation.Display(field, "Fields/MediaField.Display", value.Items);

    protected override DisplayResult Edit(MediaField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/MediaField.Edit", new MediaFieldViewModel { Definition = field, Path = value.Items.FirstOrDefault()?.Path, AltText = value.Items.FirstOrDefault()?.AltText }, field);

    protected override async Task UpdateAsync(MediaField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new MediaFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        var path = model.Path?.Trim();
        if (string.IsNullOrEmpty(path))
        {
            value.Items = [];
            FieldValidation.Required(updater, field, nameof(model.Path), true);
            return;
        }

        if (!LinkFieldDriver.IsSafeUrl(path))
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.Path)}", $"{field.DisplayName}: adressen skal begynde med /, https:// eller http://.");
            return;
        }

        if (string.IsNullOrWhiteSpace(model.AltText))
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.AltText)}", $"{field.DisplayName}: skriv en alternativ tekst, der beskriver mediet for dem, der ikke kan se det.");
            return;
        }

        value.Items = [new MediaReference(path, model.AltText.Trim())];
    }
}

internal sealed class LinkFieldDriver : ContentFieldDisplayDriver<LinkField>
{
    /// <summary>A path on this site ("/x", not "//host" or "/\\host", which browsers read as another site) or an http(s) address.</summary>
    public static bool IsSafeUrl(string url) =>
        (url.StartsWith('/') && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    protected override DisplayResult? Display(LinkField value, ContentFieldDefinition field, BuildContext context) =>
        string.IsNullOrEmpty(value.Url) ? null : FieldValidation.Display(field, "Fields/LinkField.Display", value);

    protected override DisplayResult Edit(LinkField value, ContentFieldDefinition field, BuildContext context) =>
        View("Fields/LinkField.Edit", new LinkFieldViewModel { Definition = field, Url = value.Url, Text = value.Text }, field);

    protected override async Task UpdateAsync(LinkField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var model = new LinkFieldViewModel();
        await updater.TryUpdateModelAsync(model, PrefixOf(field));
        var url = model.Url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            value.Url = null;
            value.Text = model.Text?.Trim();
            FieldValidation.Required(updater, field, nameof(model.Url), true);
            return;
        }

        if (!IsSafeUrl(url))
        {
            updater.ModelState.AddModelError($"{PrefixOf(field)}.{nameof(model.Url)}", $"{field.DisplayName}: linket skal begynde med https://, http:// eller /.");
            return;
        }

        value.Url = url;
        value.Text = model.Text?.Trim();
    }
}
