using Portal.Core.Content;
using Portal.Core.Content.Visibility;

namespace Portal.Contents.Services;

/// <summary>The content admin edits every listable type: those who may edit content read its drafts and history.</summary>
internal sealed class ContentEditorKeys : IContentEditorKeysProvider
{
    public Task AddEditorKeysAsync(ContentItem version, ISet<string> keys)
    {
        keys.Add(PrincipalKeys.Permission(Permissions.EditContent));
        return Task.CompletedTask;
    }
}
