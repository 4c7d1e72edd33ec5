namespace Portal.Med;

/// <summary>The content types this module defines.</summary>
public static class MedTypes
{
    public const string Committee = "Committee";
    public const string Meeting = "Meeting";
    public const string AgendaItem = "AgendaItem";
}
