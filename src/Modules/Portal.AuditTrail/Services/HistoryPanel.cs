using System.Security.Claims;
using Portal.AuditTrail.ViewModels;
using Portal.Core.Content;
using Portal.Core.Content.Display;

namespace Portal.AuditTrail.Services;

/// <summary>The <i>Historik</i> section of the content editor: the item's newest records.</summary>
internal sealed class HistoryPanel(AuditLog log) : IContentEditorPanel
{
    private const int Shown = 10;

    public async Task<EditorPanel?> BuildAsync(ClaimsPrincipal user, ContentItem item)
    {
        var (rows, total) = await log.ForItemAsync(user, item.ContentItemId, Shown);
        return new EditorPanel("historik", "Historik", "_ItemHistory", new ItemHistoryViewModel(item.ContentItemId, item.DisplayText, rows, total));
    }
}
