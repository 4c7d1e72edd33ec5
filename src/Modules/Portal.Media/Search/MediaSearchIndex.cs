using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Search;
using Portal.Media.Models;

namespace Portal.Media.Search;

/// <summary>
/// The text of the PDF and Word files an item's published version links to (its bilag, a media
/// field, a link in its text), whatever its type, so that a word only in an attachment finds the
/// item. A file uploaded to the item but not (or no longer) linked from what is published is not
/// the item's text. Adds text only: the item's own module says what it is and where.
/// </summary>
internal sealed class MediaSearchIndex(PortalDbContext db) : ISearchIndexHandler
{
    public async Task BuildAsync(SearchIndexContext context)
    {
        var version = context.ContentItem;
        var contentItemId = version.ContentItemId;
        var attachments = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.ContentItemId == contentItemId && a.ExtractedText != null)
            .OrderBy(a => a.UploadedUtc)
            .ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.ExtractedText })
            .ToListAsync();
        foreach (var attachment in attachments.Where(a => version.Data.Contains($"/media/{a.Id}/", StringComparison.Ordinal)))
        {
            context.Document.AddText(attachment.ExtractedText);
        }
    }
}
