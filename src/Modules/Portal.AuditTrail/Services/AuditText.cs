using Portal.Core.Audit;

namespace Portal.AuditTrail.Services;

/// <summary>The Danish names of what is recorded.</summary>
public static class AuditText
{
    public static readonly IReadOnlyList<(string Kind, string Name)> Kinds =
    [
        (AuditKinds.ContentCreated, "Indhold oprettet"),
        (AuditKinds.ContentSaved, "Indhold gemt"),
        (AuditKinds.ContentPublished, "Indhold udgivet"),
        (AuditKinds.ContentUnpublished, "Indhold afpubliceret"),
        (AuditKinds.ContentRemoved, "Indhold slettet"),
        (AuditKinds.ContentRestored, "Version gendannet"),
        (AuditKinds.WorkflowStep, "Arbejdsgangstrin"),
        (AuditKinds.WorkflowDecision, "Beslutning i arbejdsgang"),
        (AuditKinds.LoginSucceeded, "Logget ind"),
        (AuditKinds.LoginFailed, "Mislykket login"),
        (AuditKinds.LoginLockedOut, "Login på spærret konto"),
        (AuditKinds.UserCreated, "Bruger oprettet"),
        (AuditKinds.UserChanged, "Bruger ændret"),
        (AuditKinds.UserDisabled, "Bruger deaktiveret"),
        (AuditKinds.UserEnabled, "Bruger aktiveret"),
        (AuditKinds.RoleCreated, "Rolle oprettet"),
        (AuditKinds.RoleChanged, "Rolle ændret"),
        (AuditKinds.RoleDeleted, "Rolle slettet"),
        (AuditKinds.CommitteeMembership, "Udvalgets medlemmer ændret"),
        (AuditKinds.AuditPurged, "Gammel historik slettet"),
    ];

    private static readonly Dictionary<string, string> Names = Kinds.ToDictionary(k => k.Kind, k => k.Name, StringComparer.Ordinal);

    public static string Of(string kind) => Names.GetValueOrDefault(kind, kind);

    public const string HiddenContent = "Indhold du ikke kan se";
}
