using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Contents.ViewModels;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;
using Portal.Core.Display;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

/// <summary>Content types as data: settings and the fields editors add while the portal runs.</summary>
[Route("admin/content-types")]
[RequirePermission(ContentPermissionNames.ManageContentTypes)]
public sealed class ContentTypesAdminController(IContentDefinitionManager definitions) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new ContentTypeListViewModel { Types = await definitions.ListTypeDefinitionsAsync() });

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewType")] CreateTypeForm form)
    {
        if (ModelState.IsValid && await definitions.GetTypeDefinitionAsync(form.Name!) is not null)
        {
            ModelState.AddModelError("NewType.Name", $"Der findes allerede en indholdstype med navnet {form.Name}.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new ContentTypeListViewModel { Types = await definitions.ListTypeDefinitionsAsync(), NewType = form });
        }

        await definitions.AlterTypeDefinitionAsync(form.Name!, type => type
            .DisplayedAs(form.DisplayName!.Trim())
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart"));
        Notify($"Indholdstypen '{form.DisplayName}' er oprettet. Tilføj felter herunder.");
        return RedirectToAction(nameof(Edit), new { name = form.Name });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name)
    {
        if (await definitions.GetTypeDefinitionAsync(name) is not { } type)
        {
            return NotFound();
        }

        return View(EditModel(type));
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> EditPost(string name, [Bind(Prefix = "Settings")] ContentTypeSettingsForm settings)
    {
        if (await definitions.GetTypeDefinitionAsync(name) is not { } type)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Edit), new ContentTypeEditViewModel { Type = type, Settings = settings });
        }

        await definitions.AlterTypeDefinitionAsync(name, builder => builder
            .DisplayedAs(settings.DisplayName!.Trim())
            .Describe(settings.Description?.Trim() ?? "")
            .Draftable(settings.Draftable)
            .Versionable(settings.Versionable)
            .Listable(settings.Listable)
            .Creatable(settings.Creatable));
        Notify("Indstillingerne er gemt.");
        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpPost("{name}/fields")]
    public async Task<IActionResult> AddField(string name, [Bind(Prefix = "NewField")] AddFieldForm form)
    {
        if (await definitions.GetTypeDefinitionAsync(name) is not { } type)
        {
            return NotFound();
        }

        if (form.FieldType is not null && !FieldTypes.IsKnown(form.FieldType))
        {
            ModelState.AddModelError("NewField.FieldType", "Vælg en af de viste felttyper.");
        }

        if (form.Name is not null && type.GetField(form.Name) is not null)
        {
            ModelState.AddModelError("NewField.Name", $"Typen har allerede et felt med navnet {form.Name}.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Edit), new ContentTypeEditViewModel { Type = type, Settings = SettingsOf(type), NewField = form });
        }

        await definitions.AlterTypeDefinitionAsync(name, builder => builder.WithField(form.Name!, form.FieldType!, field =>
        {
            field.DisplayName = form.DisplayName!.Trim();
            field.Hint = form.Hint?.Trim() ?? "";
            field.Required = form.Required;
            field.Multiple = form.Multiple;
        }));
        Notify($"Feltet '{form.DisplayName}' er tilføjet til {type.DisplayName}.");
        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpPost("{name}/fields/{field}/remove")]
    public async Task<IActionResult> RemoveField(string name, string field)
    {
        if (await definitions.GetTypeDefinitionAsync(name) is not { } type || type.GetField(field) is not { } definition)
        {
            return NotFound();
        }

        await definitions.AlterTypeDefinitionAsync(name, builder => builder.RemoveField(field));
        Notify($"Feltet '{definition.DisplayName}' er fjernet fra typen. Værdier, der allerede er gemt, bevares i indholdets versioner.");
        return RedirectToAction(nameof(Edit), new { name });
    }

    private static ContentTypeEditViewModel EditModel(ContentTypeDefinition type) => new() { Type = type, Settings = SettingsOf(type) };

    private static ContentTypeSettingsForm SettingsOf(ContentTypeDefinition type) => new()
    {
        DisplayName = type.DisplayName,
        Description = type.Settings.Description,
        Draftable = type.Settings.Draftable,
        Versionable = type.Settings.Versionable,
        Listable = type.Settings.Listable,
        Creatable = type.Settings.Creatable,
    };
}
