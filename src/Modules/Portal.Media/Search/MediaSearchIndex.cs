using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Search;
using Portal.Media.Models;

namespace Portal.Media.Search;

/// <summary>
/// The text of the PDF and Word files that belong to an item, whatever its type, so that a word only
/// in an attachment finds the item. Adds text only: the item's own module says what it is and where.
/// </summary>
internal sealed class MediaSearchIndex(PortalDbContext db) : ISearchIndexHandler
{
    public async Task BuildAsync(SearchIndexContext context)
    {
        var contentItemId = context.ContentItem.ContentItemId;
        var texts = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.ContentItemId == contentItemId && a.ExtractedText != null)
            .OrderBy(a => a.UploadedUtc)
            .ThenBy(a => a.Id)
            .Select(a => a.ExtractedText)
            .ToListAsync();
        foreach (var text in texts)
        {
            context.Document.AddText(text);
        }
    }
}
