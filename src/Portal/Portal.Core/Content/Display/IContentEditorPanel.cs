using System.Security.Claims;

namespace Portal.Core.Content.Display;

/// <summary>
/// A section a module adds below the content editor (the audit trail's <i>Historik</i>): a heading
/// and one of the module's partial views with its model.
/// </summary>
public interface IContentEditorPanel
{
    /// <summary>The panel for the item's latest version and this user, or null when there is nothing to show them.</summary>
    Task<EditorPanel?> BuildAsync(ClaimsPrincipal user, ContentItem item);
}

/// <param name="Id">The section's id, for links to it and its heading's id.</param>
public sealed record EditorPanel(string Id, string Heading, string PartialName, object Model);
