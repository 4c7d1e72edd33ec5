using System.Security.Claims;

namespace Portal.Core.Content.Display;

/// <summary>
/// A button a module adds to the content editor beside <i>Gem kladde</i> (the workflows module's
/// <i>Send til godkendelse</i>): the edit is saved as a draft first, then the action runs on it.
/// </summary>
public interface IContentEditorAction
{
    /// <summary>The value the button posts as <c>submit</c>.</summary>
    string Name { get; }

    string ButtonText { get; }

    /// <summary>Whether the button is offered to the user for this item (its latest version, or a new item).</summary>
    Task<bool> IsOfferedAsync(ClaimsPrincipal user, ContentItem item);

    /// <summary>Runs on the saved draft; the message tells the editor what happened.</summary>
    Task<EditorActionResult> RunAsync(ClaimsPrincipal user, ContentItem saved);

    /// <summary>A short status the editor shows about the item (e.g. "Afventer godkendelse"), or null.</summary>
    Task<string?> StatusAsync(ContentItem item) => Task.FromResult<string?>(null);
}

public sealed record EditorActionResult(bool Succeeded, string Message);
