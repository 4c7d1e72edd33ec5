namespace Portal.Recommendations.Models;

/// <summary>Where an initiative of an action plan stands at a quarter's follow-up.</summary>
public enum InitiativeStatus
{
    /// <summary>ikke påbegyndt</summary>
    NotStarted,

    /// <summary>i gang</summary>
    InProgress,

    /// <summary>klar til implementering</summary>
    ReadyForImplementation,

    /// <summary>afsluttet</summary>
    Completed,

    /// <summary>pauseret</summary>
    Paused,
}
