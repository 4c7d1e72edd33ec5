using Portal.Recommendations.Models;

namespace Portal.Recommendations.Services;

/// <summary>The Danish words the pages, the CSV and the API use for the module's values.</summary>
public static class RecommendationText
{
    public static string Of(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Proposed => "Foreslået",
        RecommendationStatus.Adopted => "Vedtaget",
        RecommendationStatus.InProgress => "I gang",
        RecommendationStatus.Completed => "Afsluttet",
        RecommendationStatus.Rejected => "Afvist",
        _ => status.ToString(),
    };

    public static string Of(InitiativeStatus status) => status switch
    {
        InitiativeStatus.NotStarted => "Ikke påbegyndt",
        InitiativeStatus.InProgress => "I gang",
        InitiativeStatus.ReadyForImplementation => "Klar til implementering",
        InitiativeStatus.Completed => "Afsluttet",
        InitiativeStatus.Paused => "Pauseret",
        _ => status.ToString(),
    };

    /// <summary>The statuses in the order the dashboard lists them: from not started to done, paused last.</summary>
    public static IReadOnlyList<InitiativeStatus> InitiativeStatuses { get; } =
        [InitiativeStatus.NotStarted, InitiativeStatus.InProgress, InitiativeStatus.ReadyForImplementation, InitiativeStatus.Completed, InitiativeStatus.Paused];

    /// <summary>Paragraphs of plain text (separated by blank lines).</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0);
}
