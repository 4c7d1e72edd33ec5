using Portal.Contents.Models;
using Portal.Core.Content.Handlers;

namespace Portal.Contents.Handlers;

/// <summary>The title is what lists, history and links show for an item.</summary>
internal sealed class TitlePartHandler : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => SetDisplayText(context);

    public Task UpdatingAsync(ContentContext context) => SetDisplayText(context);

    private static Task SetDisplayText(ContentContext context)
    {
        var item = context.ContentItem;
        if (item.Has(nameof(TitlePart)))
        {
            item.DisplayText = item.As<TitlePart>().Title;
        }

        return Task.CompletedTask;
    }
}
