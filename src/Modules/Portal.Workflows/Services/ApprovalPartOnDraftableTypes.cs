using Portal.Core.Content.Metadata;
using Portal.Core.Hosting;
using Portal.Workflows.Models;

namespace Portal.Workflows.Services;

/// <summary>
/// Every type with drafts that is edited in the content admin can be marked "kræver Hovedudvalgets
/// godkendelse": the part is added to those that lack it at each start, so types made later (in the
/// type editor or by a module) get it too. Types a module edits in its own screens (MED's meetings and
/// items) are left alone: their module decides what is approved.
/// </summary>
internal sealed class ApprovalPartOnDraftableTypes(IContentDefinitionManager definitions) : IPortalStartupTask
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        foreach (var type in await definitions.ListTypeDefinitionsAsync())
        {
            if (type.Settings is { Draftable: true, Listable: true } && !type.HasPart(nameof(ApprovalPart)))
            {
                await definitions.AlterTypeDefinitionAsync(type.Name, builder => builder.WithPart(nameof(ApprovalPart)));
            }
        }
    }
}
