namespace Portal.Core.Content;

/// <summary>A typed part of a content item, stored in the item's JSON under the part's name.</summary>
public abstract class ContentPart
{
}
