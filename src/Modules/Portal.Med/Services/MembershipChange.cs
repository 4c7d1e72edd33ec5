using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Med.Models;

namespace Portal.Med.Services;

/// <summary>Who joined or left a committee, or got another post, for the audit trail.</summary>
public static class MembershipChange
{
    /// <summary>The change as an audit event about the committee, or null when the members are as before.</summary>
    public static AuditEvent? Describe(CommitteePart before, ContentItem committee)
    {
        var after = committee.As<CommitteePart>();
        static string Key(CommitteeMember m) => m.UserName?.ToUpperInvariant() ?? "name:" + m.Name;
        var old = before.Members.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var now = after.Members.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());

        var lines = new List<string>();
        lines.AddRange(now.Where(m => !old.ContainsKey(m.Key)).Select(m => $"tilføjet: {Describe(m.Value)}"));
        lines.AddRange(old.Where(m => !now.ContainsKey(m.Key)).Select(m => $"fjernet: {Describe(m.Value)}"));
        foreach (var (key, member) in now)
        {
            if (old.TryGetValue(key, out var was) && Describe(was) != Describe(member))
            {
                lines.Add($"ændret: {Describe(was)} → {Describe(member)}");
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        return new AuditEvent(AuditKinds.CommitteeMembership, $"Medlemmer af {committee.DisplayText} ændret")
        {
            ContentItemId = committee.ContentItemId,
            ContentItemVersionId = committee.ContentItemVersionId,
            ContentVersion = Math.Max(committee.Number, 1),
            ContentType = committee.ContentType,
            ContentTitle = committee.DisplayText,
            Fields = ["Medlemmer"],
            Comment = string.Join("; ", lines),
        };
    }

    private static string Describe(CommitteeMember member)
    {
        var account = member.UserName is null ? "" : $" [{member.UserName}]";
        string[] post = [MedText.Of(member.Role), MedText.Of(member.Side), member.From is null && member.To is null ? "" : $"{member.From:dd-MM-yyyy}–{member.To:dd-MM-yyyy}"];
        return $"{member.Name}{account} ({string.Join(", ", post.Where(p => p.Length > 0))})";
    }
}
