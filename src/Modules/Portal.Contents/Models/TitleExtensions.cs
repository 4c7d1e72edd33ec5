using Portal.Core.Content;

namespace Portal.Contents.Models;

public static class TitleExtensions
{
    /// <summary>Gives an item its title: the title part and the display text lists and links show.</summary>
    public static ContentItem SetTitle(this ContentItem item, string title)
    {
        item.DisplayText = title;
        return item.Apply(new TitlePart { Title = title });
    }
}
