namespace Portal.Communication;

/// <summary>The content types this module defines.</summary>
public static class CommunicationTypes
{
    public const string Story = "Story";
    public const string StoryArea = "StoryArea";
    public const string Strategy = "CommunicationStrategy";
}
