using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contents.ViewModels;
using Portal.Core.Content.Display;
using Portal.Core.Html;

namespace Portal.Contents.Drivers;

internal sealed class TitlePartDriver : ContentPartDisplayDriver<TitlePart>
{
    protected override DisplayResult? Display(TitlePart part, BuildContext context) =>
        View("Parts/TitlePart.Display", part, position: 0, zone: "Header");

    protected override DisplayResult? Edit(TitlePart part, BuildContext context) =>
        TitlePart.IsGenerated(context.TypeDefinition) ? null : View("Parts/TitlePart.Edit", new TitlePartViewModel { Title = part.Title }, position: 0);

    protected override async Task UpdateAsync(TitlePart part, BuildContext context, IUpdateModel updater)
    {
        if (TitlePart.IsGenerated(context.TypeDefinition))
        {
            return;
        }

        var model = new TitlePartViewModel();
        await updater.TryUpdateModelAsync(model, PartName);
        part.Title = model.Title?.Trim() ?? "";
    }
}

internal sealed class HtmlBodyPartDriver(IHtmlSanitizerService sanitizer) : ContentPartDisplayDriver<HtmlBodyPart>
{
    protected override DisplayResult? Display(HtmlBodyPart part, BuildContext context) =>
        string.IsNullOrWhiteSpace(part.Html) ? null : View("Parts/HtmlBodyPart.Display", part, position: 10);

    protected override DisplayResult? Edit(HtmlBodyPart part, BuildContext context) =>
        View("Parts/HtmlBodyPart.Edit", new HtmlBodyPartViewModel { Html = part.Html }, position: 10);

    protected override async Task UpdateAsync(HtmlBodyPart part, BuildContext context, IUpdateModel updater)
    {
        var model = new HtmlBodyPartViewModel();
        await updater.TryUpdateModelAsync(model, PartName);
        part.Html = sanitizer.Sanitize(model.Html);
    }
}

internal sealed class AutoroutePartDriver(AutorouteService routes, ReservedAddresses reserved) : ContentPartDisplayDriver<AutoroutePart>
{
    protected override DisplayResult? Edit(AutoroutePart part, BuildContext context) =>
        View("Parts/AutoroutePart.Edit", new AutoroutePartViewModel { Path = part.Path, PublicUrl = string.IsNullOrEmpty(part.Path) ? null : "/" + part.Path }, position: 5);

    protected override async Task UpdateAsync(AutoroutePart part, BuildContext context, IUpdateModel updater)
    {
        var model = new AutoroutePartViewModel();
        await updater.TryUpdateModelAsync(model, PartName);
        var path = string.IsNullOrWhiteSpace(model.Path)
            ? Slug.From(context.ContentItem.As<TitlePart>().Title)
            : model.Path.Trim().Trim('/').ToLowerInvariant();

        var key = $"{PartName}.{nameof(model.Path)}";
        if (Slug.Validate(path, reserved.IsReserved) is { } problem)
        {
            updater.ModelState.AddModelError(key, problem);
            return;
        }

        if (await routes.IsTakenAsync(path, context.ContentItem.ContentItemId))
        {
            updater.ModelState.AddModelError(key, $"Adressen /{path} bruges allerede af andet indhold. Vælg en anden.");
            return;
        }

        part.Path = path;
    }
}
