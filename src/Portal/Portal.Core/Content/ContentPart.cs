namespace Portal.Core.Content;

/// <summary>A typed part of a content item, stored in the item's JSON under the part's name.</summary>
public abstract class ContentPart
{
}

/// <summary>A registered part: its name in the item's JSON and the name editors see.</summary>
public sealed record ContentPartDescriptor(string Name, string DisplayName);
