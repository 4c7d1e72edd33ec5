using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;
using Portal.Core.Workflows;
using Portal.Workflows.Activities;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>
/// "Send til godkendelse" in the content editor: the draft is saved, then the workflow types that
/// start when an item of its type (or an item marked for Hovedudvalget's approval) is submitted start.
/// Offered for types some enabled type starts on, while no approval of the item is open. A type its
/// module publishes on every save (a meeting) sends what is saved; that module decides when to offer it.
/// </summary>
internal sealed class ApprovalSubmission(
    PortalDbContext db,
    WorkflowTypeStore types,
    WorkflowManager manager,
    IContentDefinitionManager definitions) : IContentEditorAction
{
    public string Name => "approval";

    public string ButtonText => "Send til godkendelse";

    public async Task<bool> IsOfferedAsync(ClaimsPrincipal user, ContentItem item)
    {
        if (await definitions.GetTypeDefinitionAsync(item.ContentType) is not { } definition)
        {
            return false;
        }

        var submitStarts = (await types.EnabledAsync())
            .SelectMany(t => t.Definition.Activities)
            .Where(a => a.IsStart && a.Name == WorkflowEvents.ContentSubmitted)
            .ToList();
        var offered = submitStarts.Any(a => a.Settings.Flag("markedOnly")
            ? definition.HasPart(nameof(ApprovalPart))
            : a.Settings.Texts("contentTypes") is var typeNames && (typeNames.Count == 0 || typeNames.Contains(item.ContentType)));
        return offered && (item.Id == 0 || await StatusAsync(item) is null);
    }

    public async Task<EditorActionResult> RunAsync(ClaimsPrincipal user, ContentItem saved)
    {
        var input = new WorkflowInput(WorkflowEvents.ContentSubmitted, user.Identity?.Name, ContentType: saved.ContentType);
        var results = await manager.TriggerAsync(input, saved.ContentItemId);
        if (results.Count == 0)
        {
            return new(false, $"Kladden er gemt, men der er ingen godkendelse sat op for '{saved.DisplayText}'. Marker den, hvis den kræver Hovedudvalgets godkendelse.");
        }

        if (results.FirstOrDefault(r => r.Outcome == RunOutcome.Faulted) is { } faulted)
        {
            return new(false, $"Kladden er gemt, men godkendelsen kunne ikke startes: {faulted.Message} En administrator kan se fejlen under Arbejdsgange.");
        }

        return results.Any(r => r.Outcome == RunOutcome.Ran)
            ? new(true, $"'{saved.DisplayText}' er gemt og sendt til godkendelse. Du får besked, når der er taget stilling.")
            : new(false, $"'{saved.DisplayText}' afventer allerede godkendelse. Kladden er gemt.");
    }

    public async Task<string?> StatusAsync(ContentItem item) =>
        await db.Set<WorkflowTask>().AsNoTracking().AnyAsync(t => t.ContentItemId == item.ContentItemId && t.Status == WorkflowTaskStatus.Open)
            ? "Afventer godkendelse"
            : null;
}
