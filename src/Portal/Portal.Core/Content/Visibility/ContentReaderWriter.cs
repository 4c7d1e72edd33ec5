using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content.Visibility;

/// <summary>Writes a version's readers (and its redacted record) beside it, replacing them only when the rules give another set.</summary>
internal sealed class ContentReaderWriter(IEnumerable<IContentVisibilityProvider> providers, IEnumerable<IContentEditorKeysProvider> editors)
{
    private readonly IContentVisibilityProvider[] _providers = [.. providers];

    /// <summary>Which rules are in force; versions written under other rules get theirs again at start.</summary>
    public string RulesStamp => string.Join(';', _providers
        .Select(p => $"{p.GetType().FullName}@{p.RulesVersion}")
        .Concat(editors.Select(e => e.GetType().FullName!))
        .Order(StringComparer.Ordinal));

    /// <summary>Writes the version's readers; true when they differ from those it had (a new version has none).</summary>
    public async Task<bool> WriteAsync(ContentItem version, PortalDbContext db)
    {
        var context = new VisibilityContext(id => db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemId == id && c.Latest));
        foreach (var provider in _providers)
        {
            await provider.ApplyAsync(version, context);
        }

        var wanted = context.Readers.Select(key => (key, redacted: false))
            .Concat(context.RedactedReaders.Select(key => (key: PrincipalKeys.Known(key), redacted: true)))
            .ToHashSet();
        var set = db.Set<ContentReader>();
        var existing = version.Id == 0
            ? []
            : await set.Where(r => r.ContentItemVersionId == version.ContentItemVersionId).ToListAsync();
        var changed = existing.Count != wanted.Count || !existing.All(r => wanted.Contains((r.PrincipalKey, r.Redacted)));
        if (changed)
        {
            set.RemoveRange(existing);
            set.AddRange(wanted.Select(reader => new ContentReader
            {
                ContentItemId = version.ContentItemId,
                ContentItemVersionId = version.ContentItemVersionId,
                PrincipalKey = reader.key,
                Redacted = reader.redacted,
            }));
        }

        await WriteRedactionAsync(version, context, db);
        return changed;
    }

    private static async Task WriteRedactionAsync(ContentItem version, VisibilityContext context, PortalDbContext db)
    {
        var set = db.Set<ContentRedaction>();
        var existing = version.Id == 0 ? null : await set.FirstOrDefaultAsync(r => r.ContentItemVersionId == version.ContentItemVersionId);
        if (context.Redaction is not { } redaction || context.RedactedReaders.Count == 0)
        {
            if (existing is not null)
            {
                set.Remove(existing);
            }

            return;
        }

        var data = redaction.Content.ToJsonString(ContentSerializer.Options);
        if (existing is null)
        {
            set.Add(new ContentRedaction
            {
                ContentItemVersionId = version.ContentItemVersionId,
                ContentItemId = version.ContentItemId,
                DisplayText = redaction.DisplayText,
                Data = data,
            });
        }
        else
        {
            existing.DisplayText = redaction.DisplayText;
            existing.Data = data;
        }
    }
}

/// <summary>
/// Drafts and history are for those who may edit the type (as the modules say) and the author,
/// whatever else the rules allow.
/// </summary>
internal sealed class DraftVisibilityProvider(IEnumerable<IContentEditorKeysProvider> editors) : IContentVisibilityProvider
{
    public async Task ApplyAsync(ContentItem version, VisibilityContext context)
    {
        if (version.Published)
        {
            return;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provider in editors)
        {
            await provider.AddEditorKeysAsync(version, keys);
        }

        if (version.Author is { } author)
        {
            keys.Add(PrincipalKeys.UserName(author));
        }

        context.RestrictTo(keys);
    }
}
