using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Users.Services;

/// <summary>What an administrator changed on a user, for the audit trail; null when nothing did.</summary>
internal static class UserChange
{
    public static AuditEvent? Describe(
        (string DisplayName, string? Email) before,
        PortalUser after,
        bool wasDisabled,
        IReadOnlyCollection<string> removedRoles,
        IReadOnlyCollection<string> addedRoles,
        bool newPassword,
        bool unlocked)
    {
        var fields = new List<string>();
        var parts = new List<string>();
        if (before.DisplayName != after.DisplayName)
        {
            fields.Add("Navn");
        }

        if (before.Email != after.Email)
        {
            fields.Add("E-mail");
        }

        if (addedRoles.Count > 0 || removedRoles.Count > 0)
        {
            fields.Add("Roller");
        }

        if (addedRoles.Count > 0)
        {
            parts.Add($"roller tilføjet: {string.Join(", ", addedRoles.Select(PortalRoles.DisplayName))}");
        }

        if (removedRoles.Count > 0)
        {
            parts.Add($"roller fjernet: {string.Join(", ", removedRoles.Select(PortalRoles.DisplayName))}");
        }

        if (wasDisabled != after.IsDisabled)
        {
            fields.Add("Aktiv");
            parts.Add(after.IsDisabled ? "deaktiveret" : "aktiveret igen");
        }

        if (newPassword)
        {
            fields.Add("Adgangskode");
            parts.Add("ny adgangskode sat");
        }

        if (unlocked)
        {
            fields.Add("Spærring");
            parts.Add("spærring ophævet");
        }

        if (fields.Count == 0)
        {
            return null;
        }

        var kind = after.IsDisabled && !wasDisabled ? AuditKinds.UserDisabled : AuditKinds.UserChanged;
        var summary = $"Brugeren {after.UserName} ændret" + (parts.Count == 0 ? "" : ": " + string.Join("; ", parts));
        return new AuditEvent(kind, summary) { Fields = fields };
    }
}
