using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;

namespace Portal.Workflows.Handlers;

/// <summary>
/// An item sent for approval is published by its workflow, not around it: publishing it by hand is
/// refused while the approval is open (stop the workflow to publish it anyway).
/// </summary>
internal sealed class ApprovalGate(PortalDbContext db, WorkflowRunScope scope, IContentDefinitionManager definitions) : IContentHandler
{
    public const string Refusal = "Indholdet afventer godkendelse og kan ikke udgives eller ændres udgivet, før der er taget stilling. Bed den, der skal godkende, om at sende det tilbage, eller en administrator om at stoppe godkendelsen.";

    public async Task PublishingAsync(ContentContext context)
    {
        // A type without drafts is published by every save and is not held. A draftable type its module
        // publishes on every save (MED's meetings) is held as well: minutes awaiting approval stay as sent.
        if (scope.IsRunning || await definitions.GetTypeDefinitionAsync(context.ContentItem.ContentType) is not { Settings.Draftable: true })
        {
            return;
        }

        var id = context.ContentItem.ContentItemId;
        if (await db.Set<WorkflowTask>().AnyAsync(t => t.ContentItemId == id && t.Status == WorkflowTaskStatus.Open))
        {
            context.Cancel(Refusal);
        }
    }
}
