using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Contents.Scheduling;
using Portal.Contents.Services;
using Portal.Contents.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Metadata;
using Portal.Core.Content.Visibility;
using Portal.Core.Display;
using Portal.Core.Security;

namespace Portal.Contents.Controllers;

[Route("admin/contents")]
[RequirePermission(ContentPermissionNames.EditContent)]
public sealed class ContentsAdminController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IContentDisplayManager display,
    ContentListQuery listQuery,
    VersionComparer comparer,
    IContentVisibility visibility,
    IAuthorizationService authorization,
    SchedulePlanner planner,
    ContentSchedule schedule,
    IEnumerable<IContentEditorAction> editorActions,
    IEnumerable<IContentEditorPanel> editorPanels) : AdminController
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, ContentStatusFilter status, string? q, ContentSort sort, int page = 1)
    {
        var types = await ListableTypesAsync();
        if (type is not null && types.All(t => t.Name != type))
        {
            type = null;
        }

        var result = await listQuery.ListAsync(await visibility.KeysOfAsync(User), new ContentListFilter([.. types.Select(t => t.Name)], type, status, q, sort, page, PageSize));
        return View(new ContentListViewModel { Page = result, Types = types, Type = type, Status = status, Search = q, Sort = sort });
    }

    [HttpGet("create/{type}")]
    public async Task<IActionResult> Create(string type)
    {
        if (await CreatableTypeAsync(type) is not { } definition)
        {
            return NotFound();
        }

        var item = await contentManager.NewAsync(type);
        return View("Edit", await EditorModelAsync(await display.BuildEditorAsync(item, isNew: true), definition, isNew: true, Guid.Empty, hasPublished: false));
    }

    [HttpPost("create/{type}")]
    public async Task<IActionResult> CreatePost(string type, string? submit, string? publishAt, string? unpublishAt)
    {
        if (await CreatableTypeAsync(type) is not { } definition)
        {
            return NotFound();
        }

        var form = new ScheduleForm(publishAt, unpublishAt);
        var canPublish = await CanPublishAsync();
        if (SchedulePlanner.Publishes(definition, submit, form) && !canPublish)
        {
            return Forbid();
        }

        var item = await contentManager.NewAsync(type);
        var editorAction = editorActions.FirstOrDefault(a => a.Name == submit);
        if (editorAction is not null && !await editorAction.IsOfferedAsync(User, item))
        {
            return BadRequest($"'{editorAction.ButtonText}' kan ikke bruges på denne slags indhold. Intet er gemt.");
        }

        var shape = await display.UpdateEditorAsync(item, this, isNew: true);
        var plan = ModelState.IsValid ? planner.PlanFor(definition, canPublish, submit, hasPublished: false, form, ModelState) : null;
        if (plan is null || !await planner.CheckAsync(plan, item, ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditorModelAsync(shape, definition, isNew: true, Guid.Empty, hasPublished: false, form));
        }

        var result = await contentManager.CreateAsync(item, plan.PublishNow);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Message ?? "Indholdet kunne ikke gemmes.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditorModelAsync(shape, definition, isNew: true, Guid.Empty, hasPublished: false, form));
        }

        await planner.ApplyAsync(item.ContentItemId, plan, User.Identity?.Name);
        await NotifySavedAsync(editorAction, result.Item!, plan.SavedMessage(item.DisplayText, result.Item!.Published, isNew: true));
        return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is not { } definition)
        {
            return NotFound();
        }

        var hasPublished = latest.Published || await HasPublishedAsync(id);
        return View(await EditorModelAsync(await display.BuildEditorAsync(latest, isNew: false), definition, isNew: false, latest.ConcurrencyStamp, hasPublished));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> EditPost(string id, Guid concurrencyStamp, string? submit, string? publishAt, string? unpublishAt)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is not { } definition)
        {
            return NotFound();
        }

        if (concurrencyStamp == Guid.Empty)
        {
            return BadRequest("Formularen mangler oplysningen om, hvilken version du redigerede. Indlæs siden igen.");
        }

        var form = new ScheduleForm(publishAt, unpublishAt);
        var canPublish = await CanPublishAsync();
        if (SchedulePlanner.Publishes(definition, submit, form) && !canPublish)
        {
            return Forbid();
        }

        var editorAction = editorActions.FirstOrDefault(a => a.Name == submit);
        if (editorAction is not null && !await editorAction.IsOfferedAsync(User, latest))
        {
            return BadRequest($"'{editorAction.ButtonText}' kan ikke bruges på '{latest.DisplayText}' nu. Intet er gemt.");
        }

        ContentItem? version = null;
        try
        {
            version = await contentManager.BeginEditAsync(id, concurrencyStamp);
            if (version is null)
            {
                return NotFound();
            }

            var shape = await display.UpdateEditorAsync(version, this, isNew: false);
            var plan = ModelState.IsValid ? planner.PlanFor(definition, canPublish, submit, latest.Published || await HasPublishedAsync(id), form, ModelState) : null;
            if (plan is null || !await planner.CheckAsync(plan, version, ModelState))
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                var hasPublished = await HasPublishedAsync(id);
                return View("Edit", await EditorModelAsync(shape, definition, isNew: false, concurrencyStamp, hasPublished, form));
            }

            var result = await contentManager.SaveAsync(version, plan.PublishNow);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("", result.Message ?? "Indholdet kunne ikke gemmes.");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("Edit", await EditorModelAsync(shape, definition, isNew: false, concurrencyStamp, latest.Published, form));
            }

            await planner.ApplyAsync(id, plan, User.Identity?.Name);
            await NotifySavedAsync(editorAction, result.Item!, plan.SavedMessage(version.DisplayText, result.Item!.Published, isNew: false));
            return RedirectToAction(nameof(Edit), new { id });
        }
        catch (ContentConflictException)
        {
            return await ConflictAsync(id, version);
        }
    }

    [HttpGet("{id}/preview")]
    public async Task<IActionResult> Preview(string id)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is null)
        {
            return NotFound();
        }

        ViewData["Layout"] = "_Layout";
        return View("~/Views/Content/Display.cshtml", new ContentDisplayViewModel { Shape = await display.BuildDisplayAsync(latest), IsPreview = true });
    }

    [HttpPost("{id}/publish")]
    [RequirePermission(ContentPermissionNames.PublishContent)]
    public Task<IActionResult> Publish(string id, Guid concurrencyStamp) =>
        ChangeAsync(id, () => contentManager.PublishAsync(id, concurrencyStamp), item => $"'{item.DisplayText}' er udgivet.");

    [HttpPost("{id}/unpublish")]
    [RequirePermission(ContentPermissionNames.PublishContent)]
    public Task<IActionResult> Unpublish(string id, Guid concurrencyStamp) =>
        ChangeAsync(id, () => contentManager.UnpublishAsync(id, concurrencyStamp), item => $"'{item.DisplayText}' er ikke længere udgivet. Den seneste version er bevaret som kladde.");

    [HttpGet("{id}/delete")]
    [RequirePermission(ContentPermissionNames.DeleteContent)]
    public async Task<IActionResult> Delete(string id)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is null)
        {
            return NotFound();
        }

        return View(latest);
    }

    [HttpPost("{id}/delete")]
    [RequirePermission(ContentPermissionNames.DeleteContent)]
    public async Task<IActionResult> DeletePost(string id, Guid concurrencyStamp)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is null)
        {
            return NotFound();
        }

        try
        {
            var result = await contentManager.RemoveAsync(id, concurrencyStamp);
            if (!result.Succeeded)
            {
                Notify(result.Message ?? "Indholdet kunne ikke slettes.", NotificationKind.Error);
                return RedirectToAction(nameof(Edit), new { id });
            }
        }
        catch (ContentConflictException)
        {
            Notify("Indholdet er ændret af en anden, siden du åbnede det. Se den nyeste version, før du sletter.", NotificationKind.Warning);
            return RedirectToAction(nameof(Edit), new { id });
        }

        Notify($"'{latest.DisplayText}' er slettet.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/versions")]
    public async Task<IActionResult> Versions(string id)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is not { } definition)
        {
            return NotFound();
        }

        return View(new ContentVersionsViewModel { Latest = latest, Versions = await ReadableVersionsAsync(id), Type = definition });
    }

    [HttpGet("{id}/compare")]
    public async Task<IActionResult> Compare(string id, string? from, string? to)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is not { } definition)
        {
            return NotFound();
        }

        var versions = await ReadableVersionsAsync(id);
        var right = versions.FirstOrDefault(v => v.ContentItemVersionId == to) ?? latest;
        var left = versions.FirstOrDefault(v => v.ContentItemVersionId == from)
            ?? versions.FirstOrDefault(v => v.Number < right.Number)
            ?? right;
        return View(new ContentCompareViewModel
        {
            Latest = latest,
            Left = left,
            Right = right,
            Values = await comparer.CompareAsync(left, right, definition),
            Versions = versions,
        });
    }

    [HttpPost("{id}/versions/{versionId}/restore")]
    public async Task<IActionResult> Restore(string id, string versionId, Guid concurrencyStamp, [FromServices] AutorouteService routes)
    {
        var source = await visibility.GetVersionAsync(User, versionId);
        if (source is null || source.ContentItemId != id || await ReadableLatestAsync(id) is null || await ListableTypeAsync(source.ContentType) is not { } definition)
        {
            return NotFound();
        }

        // Restoring a type without drafts publishes the restored version.
        if (!definition.Settings.Draftable && !await CanPublishAsync())
        {
            return Forbid();
        }

        // The old version's address may have gone to another item since; the restored version would
        // hold it as well (and the database refuses to publish it).
        if (source.Has(nameof(AutoroutePart)) && source.As<AutoroutePart>().Path is { Length: > 0 } path && await routes.IsTakenAsync(path, id))
        {
            Notify($"Version {source.Number} kan ikke gendannes, fordi dens adresse /{path} nu bruges af andet indhold. Intet er ændret.", NotificationKind.Error);
            return RedirectToAction(nameof(Edit), new { id });
        }

        return await ChangeAsync(id, () => contentManager.RestoreAsync(versionId, concurrencyStamp), item => $"Version {source.Number} er gendannet som version {item.Number}.");
    }

    private async Task<IActionResult> ChangeAsync(string id, Func<Task<ContentOperationResult>> change, Func<ContentItem, string> success)
    {
        if (await ReadableLatestAsync(id) is not { } latest || await ListableTypeAsync(latest.ContentType) is null)
        {
            return NotFound();
        }

        try
        {
            var result = await change();
            if (result.Status == ContentOperationStatus.NotFound)
            {
                return NotFound();
            }

            Notify(result.Succeeded ? success(result.Item!) : result.Message ?? "Handlingen kunne ikke gennemføres.", result.Succeeded ? NotificationKind.Success : NotificationKind.Error);
        }
        catch (ContentConflictException)
        {
            Notify("Indholdet er ændret af en anden, siden du åbnede det. Intet er ændret; se den nyeste version og prøv igen.", NotificationKind.Warning);
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// Someone saved a newer version while this user edited. Their typing is kept as a version of
    /// its own, and both are shown side by side.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(string id, ContentItem? attempted)
    {
        var saved = await ReadableLatestAsync(id);
        if (saved is null)
        {
            return NotFound();
        }

        var mine = attempted ?? new ContentItem
        {
            ContentItemId = saved.ContentItemId,
            ContentType = saved.ContentType,
            DisplayText = saved.DisplayText,
            Owner = saved.Owner,
            CreatedUtc = saved.CreatedUtc,
            Content = saved.CloneContent(),
        };
        if (attempted is null)
        {
            await display.UpdateEditorAsync(mine, this, isNew: false);
        }

        if (System.Text.Json.Nodes.JsonNode.DeepEquals(mine.Content, saved.Content))
        {
            // The same text was saved already (a double click, or two people typing the same).
            Notify("Indholdet var allerede gemt med præcis denne tekst. Intet er ændret.", NotificationKind.Info);
            return RedirectToAction(nameof(Edit), new { id });
        }

        var kept = await contentManager.KeepConflictingEditAsync(mine);
        saved = await ReadableLatestAsync(id) ?? saved;
        var definition = await definitions.GetTypeDefinitionAsync(saved.ContentType);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Conflict", new ContentConflictViewModel { Saved = saved, Mine = kept, Values = await comparer.CompareAsync(saved, kept, definition) });
    }

    /// <summary>What the save did, or what the editor action did with the saved draft.</summary>
    private async Task NotifySavedAsync(IContentEditorAction? editorAction, ContentItem saved, string savedMessage)
    {
        if (editorAction is null)
        {
            Notify(savedMessage);
            return;
        }

        var done = await editorAction.RunAsync(User, saved);
        Notify(done.Message, done.Succeeded ? NotificationKind.Success : NotificationKind.Warning);
    }

    private async Task<ContentEditViewModel> EditorModelAsync(ContentShape shape, ContentTypeDefinition definition, bool isNew, Guid stamp, bool hasPublished, ScheduleForm? form = null)
    {
        var changes = isNew ? [] : await schedule.ForItemAsync(shape.ContentItem.ContentItemId);
        List<IContentEditorAction> offered = [];
        List<string> statuses = [];
        foreach (var editorAction in editorActions)
        {
            if (await editorAction.IsOfferedAsync(User, shape.ContentItem))
            {
                offered.Add(editorAction);
            }

            if (!isNew && await editorAction.StatusAsync(shape.ContentItem) is { } status)
            {
                statuses.Add(status);
            }
        }

        List<EditorPanel> panels = [];
        if (!isNew)
        {
            foreach (var panel in editorPanels)
            {
                if (await panel.BuildAsync(User, shape.ContentItem) is { } built)
                {
                    panels.Add(built);
                }
            }
        }

        return new()
        {
            Actions = offered,
            Panels = panels,
            Statuses = statuses,
            Shape = shape,
            Type = definition,
            IsNew = isNew,
            ConcurrencyStamp = stamp,
            HasPublished = hasPublished,
            CanPublish = await CanPublishAsync(),
            CanDelete = await authorization.AuthorizeAsync(User, Permissions.DeleteContent),
            Schedule = changes,
            ScheduleForm = form ?? SchedulePlanner.FormOf(changes),
        };
    }

    /// <summary>The item's latest version, when this user may read it in full; a closed item's editors are its readers.</summary>
    private async Task<ContentItem?> ReadableLatestAsync(string id) =>
        await visibility.ReadAsync(User, id, VersionOptions.Latest);

    private async Task<bool> HasPublishedAsync(string id) => await visibility.GetAsync(User, id) is not null;

    private async Task<IReadOnlyList<ContentItem>> ReadableVersionsAsync(string id) =>
        await visibility.Versions(await visibility.KeysOfAsync(User))
            .Where(c => c.ContentItemId == id)
            .OrderByDescending(c => c.Number)
            .ToListAsync();

    private Task<bool> CanPublishAsync() => authorization.AuthorizeAsync(User, Permissions.PublishContent);

    private async Task<IReadOnlyList<ContentTypeDefinition>> ListableTypesAsync() =>
        [.. (await definitions.ListTypeDefinitionsAsync()).Where(t => t.Settings.Listable)];

    private async Task<ContentTypeDefinition?> ListableTypeAsync(string type) =>
        await definitions.GetTypeDefinitionAsync(type) is { Settings.Listable: true } definition ? definition : null;

    private async Task<ContentTypeDefinition?> CreatableTypeAsync(string type) =>
        await ListableTypeAsync(type) is { Settings.Creatable: true } definition ? definition : null;
}
