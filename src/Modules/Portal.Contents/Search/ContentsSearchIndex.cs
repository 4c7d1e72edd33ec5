using Microsoft.EntityFrameworkCore;
using Portal.Contents.Indexes;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;
using Portal.Core.Search;

namespace Portal.Contents.Search;

/// <summary>
/// Pages and the types administrators define: the listable types shown by the generic content pages,
/// found at their address or at /content/{id}, labelled with the type's name. Types a module shows
/// on pages of its own (<see cref="TypeWithOwnPages"/>) are that module's to describe.
/// </summary>
internal sealed class ContentsSearchIndex(IContentDefinitionManager definitions, IEnumerable<TypeWithOwnPages> typesWithOwnPages, PortalDbContext db)
    : ISearchIndexHandler
{
    private readonly HashSet<string> _typesWithOwnPages = [.. typesWithOwnPages.Select(t => t.ContentType)];

    public async Task BuildAsync(SearchIndexContext context)
    {
        var item = context.ContentItem;
        if (_typesWithOwnPages.Contains(item.ContentType)
            || await definitions.GetTypeDefinitionAsync(item.ContentType) is not { Settings.Listable: true } type)
        {
            return;
        }

        var document = context.Document;
        document.TypeLabel = type.DisplayName;
        document.Url = await AddressOfAsync(item);
        if (item.Has(nameof(HtmlBodyPart)))
        {
            document.AddHtml(item.As<HtmlBodyPart>().Html);
        }

        ContentFieldTexts.AddTo(document, item, type);
    }

    /// <summary>The address the published version is found at (as the index keeps it, unique among published items), else its id.</summary>
    private async Task<string> AddressOfAsync(ContentItem version)
    {
        var path = version.Has(nameof(AutoroutePart))
            ? await db.Set<AutorouteIndex>().AsNoTracking()
                .Where(r => r.ContentItemVersionId == version.ContentItemVersionId)
                .Select(r => r.PublishedPath)
                .FirstOrDefaultAsync()
            : null;
        return string.IsNullOrEmpty(path) ? $"/content/{version.ContentItemId}" : $"/{path}";
    }
}
