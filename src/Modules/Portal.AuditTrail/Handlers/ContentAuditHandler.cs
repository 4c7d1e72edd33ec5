using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Metadata;

namespace Portal.AuditTrail.Handlers;

/// <summary>
/// Records every change of content in the save's transaction: a save with the fields that changed
/// against the version before it, publishing, unpublishing, removing and restoring.
/// </summary>
internal sealed class ContentAuditHandler(IAuditTrail audit, IServiceProvider services) : IContentHandler
{
    // The stored version each save replaces, read before the save writes anything.
    private readonly Dictionary<string, ContentItem> _before = new(StringComparer.Ordinal);

    public Task CreatedAsync(ContentContext context)
    {
        audit.Add(Event(AuditKinds.ContentCreated, context.ContentItem, $"Oprettet som version {context.ContentItem.Number}"));
        return Task.CompletedTask;
    }

    public async Task UpdatingAsync(ContentContext context)
    {
        if (await context.StoredBeforeAsync() is { } before)
        {
            _before[context.ContentItem.ContentItemVersionId] = before;
        }
    }

    public async Task UpdatedAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (context is ContentVersionedContext || !_before.Remove(item.ContentItemVersionId, out var before))
        {
            // A restore is recorded by VersionedAsync; a save without UpdatingAsync is not an edit.
            return;
        }

        var fields = await ChangedFieldsAsync(before, item);
        var summary = fields.Count == 0 ? $"Gemt som version {item.Number} uden ændringer" : $"Gemt som version {item.Number}";
        audit.Add(Event(AuditKinds.ContentSaved, item, summary) with { Fields = fields });
    }

    public Task PublishedAsync(ContentContext context)
    {
        audit.Add(Event(AuditKinds.ContentPublished, context.ContentItem, $"Version {context.ContentItem.Number} udgivet"));
        return Task.CompletedTask;
    }

    public Task UnpublishedAsync(ContentContext context)
    {
        audit.Add(Event(AuditKinds.ContentUnpublished, context.ContentItem, $"Version {context.ContentItem.Number} afpubliceret"));
        return Task.CompletedTask;
    }

    public Task RemovedAsync(ContentContext context)
    {
        audit.Add(Event(AuditKinds.ContentRemoved, context.ContentItem, "Slettet"));
        return Task.CompletedTask;
    }

    public async Task VersionedAsync(ContentVersionedContext context)
    {
        var fields = await ChangedFieldsAsync(context.PreviousVersion, context.ContentItem);
        audit.Add(Event(AuditKinds.ContentRestored, context.ContentItem, $"Version {context.PreviousVersion.Number} gendannet som version {context.ContentItem.Number}") with { Fields = fields });
    }

    private async Task<IReadOnlyList<string>> ChangedFieldsAsync(ContentItem before, ContentItem after)
    {
        // Resolved here, not in the constructor: a module's value readers may need the content manager, which needs the handlers.
        var definition = await services.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync(after.ContentType);
        return await services.GetRequiredService<VersionComparer>().ChangedLabelsAsync(before, after, definition);
    }

    private static AuditEvent Event(string kind, ContentItem item, string summary) => new(kind, summary)
    {
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentVersion = item.Number,
        ContentType = item.ContentType,
        ContentTitle = item.DisplayText,
    };
}
