using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>The Danish words the pages show for the module's values.</summary>
public static class MedText
{
    public static string Of(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Hovedudvalg => "Hovedudvalg",
        CommitteeKind.Omraadeudvalg => "Områdeudvalg",
        CommitteeKind.LocalMed => "Lokalt MED-udvalg",
        CommitteeKind.PoliticalCommittee => "Politisk udvalg",
        CommitteeKind.Kommunalbestyrelse => "Kommunalbestyrelse",
        CommitteeKind.Section17 => "§17 stk. 4-udvalg",
        CommitteeKind.WorkingGroup => "Arbejdsgruppe",
        CommitteeKind.SteeringGroup => "Styregruppe",
        _ => kind.ToString(),
    };

    public static string Of(CommitteeRole role) => role switch
    {
        CommitteeRole.Chair => "Formand",
        CommitteeRole.ViceChair => "Næstformand",
        CommitteeRole.Secretary => "Sekretær",
        _ => "Medlem",
    };

    public static string Of(MedSide side) => side switch
    {
        MedSide.Management => "Ledelse",
        MedSide.Employees => "Medarbejdere",
        _ => "",
    };

    public static string Of(MeetingStatus status) => status switch
    {
        MeetingStatus.AgendaPublished => "Dagsorden offentliggjort",
        MeetingStatus.MinutesPublished => "Referat offentliggjort",
        _ => "Planlagt",
    };

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Noted => "Taget til efterretning",
        DecisionOutcome.Approved => "Godkendt",
        DecisionOutcome.Rejected => "Ikke godkendt",
        DecisionOutcome.Postponed => "Udsat",
        DecisionOutcome.Referred => "Oversendt",
        _ => outcome.ToString(),
    };

    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.Information => "Orienteringspunkt",
        ItemKind.Discussion => "Drøftelsespunkt",
        _ => "Beslutningspunkt",
    };

    public static string OpenOrClosed(bool isClosed) => isClosed ? "Lukket sag" : "Åben sag";

    /// <summary>The non-empty lines of a "one per line" text box.</summary>
    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
