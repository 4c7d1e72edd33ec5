using Portal.Core.Security;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>
/// Who may read a committee's closed items changes with its members' accounts and its granted roles;
/// such a change is recorded on the committee's version, in the history, with who made it.
/// </summary>
public static class AccessChange
{
    private const int MaxLength = 500;

    /// <summary>The change in words, or null when accounts, roles and granted roles are as before.</summary>
    public static string? Describe(CommitteePart before, CommitteePart after, string? changedBy)
    {
        static HashSet<string> Accounts(CommitteePart part) =>
            [.. part.Members.Where(m => m.UserName is not null).Select(m => $"{m.UserName} ({MedText.Of(m.Role)}{Period(m)})")];

        var accountsBefore = Accounts(before);
        var accountsAfter = Accounts(after);
        var parts = new List<string>();
        if (accountsAfter.Except(accountsBefore).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } added)
        {
            parts.Add($"medlemmer tilføjet: {string.Join(", ", added)}");
        }

        if (accountsBefore.Except(accountsAfter).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } removed)
        {
            parts.Add($"medlemmer fjernet: {string.Join(", ", removed)}");
        }

        if (after.GrantedRoles.Except(before.GrantedRoles).ToList() is { Count: > 0 } granted)
        {
            parts.Add($"roller med adgang til lukkede punkter: {string.Join(", ", granted.Select(PortalRoles.DisplayName))}");
        }

        if (before.GrantedRoles.Except(after.GrantedRoles).ToList() is { Count: > 0 } revoked)
        {
            parts.Add($"roller uden adgang til lukkede punkter: {string.Join(", ", revoked.Select(PortalRoles.DisplayName))}");
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var text = $"Adgang ændret af {changedBy ?? "ukendt"}: {string.Join("; ", parts)}";
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }

    private static string Period(CommitteeMember member) =>
        member.From is null && member.To is null ? "" : $", {member.From:dd-MM-yyyy}–{member.To:dd-MM-yyyy}";
}
