using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Med.Indexes;
using Portal.Med.Models;

namespace Portal.Med.Services;

public static class MedKeys
{
    /// <summary>The key every member of a committee holds.</summary>
    public static string MemberOf(string committeeId) => $"committee:{committeeId}:member";

    /// <summary>The key a committee's secretaries hold: they prepare its meetings.</summary>
    public static string SecretaryOf(string committeeId) => $"committee:{committeeId}:secretary";

    /// <summary>The key a committee's formand holds while chairing it: tasks assigned to the formand follow the post, not the person.</summary>
    public static string ChairOf(string committeeId) => $"committee:{committeeId}:chair";

    /// <summary>The key a committee's næstformand holds.</summary>
    public static string ViceChairOf(string committeeId) => $"committee:{committeeId}:vicechair";
}

/// <summary>
/// MED's rules, stored as each agenda item's readers and re-applied when what they depend on
/// changes (<see cref="MedReadersFollowChanges"/>) or when the time comes (<see cref="ConfidentialityRelease"/>):
/// - an item on a meeting whose agenda is not published is for the committee's secretaries and MED managers;
/// - a closed item is for its committee's members and the roles the committee grants it to; others
///   see that it exists (its number, "Lukket punkt");
/// - material shared in confidence is for the named committees until its time; others see that it exists.
/// </summary>
internal sealed class MedVisibilityProvider(PortalDbContext db, TimeProvider clock) : IContentVisibilityProvider
{
    public const string ClosedTitle = "Lukket punkt";
    public const string ConfidentialTitle = "Fortroligt punkt";

    public int RulesVersion => 2;

    public async Task ApplyAsync(ContentItem version, VisibilityContext context)
    {
        if (version.ContentType != MedTypes.AgendaItem)
        {
            return;
        }

        var item = version.As<AgendaItemPart>();
        var meeting = await db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.ContentItemId == item.MeetingId && m.Published)
            .Select(m => new { m.CommitteeId, m.Status })
            .FirstOrDefaultAsync();
        var committeeId = meeting?.CommitteeId;
        var preparers = committeeId is null
            ? [PrincipalKeys.Permission(Permissions.ManageMed)]
            : new[] { PrincipalKeys.Permission(Permissions.ManageMed), MedKeys.SecretaryOf(committeeId) };

        if (meeting is null || meeting.Status == MeetingStatus.Planned)
        {
            context.RestrictTo(preparers);
        }

        var redacted = new AgendaItemPart { MeetingId = item.MeetingId, Number = item.Number, IsClosed = item.IsClosed };
        if (item.IsClosed)
        {
            var keys = new List<string>();
            if (committeeId is not null)
            {
                // Secretaries are members too; naming their key keeps them in when the agenda rule applies as well.
                keys.Add(MedKeys.MemberOf(committeeId));
                keys.Add(MedKeys.SecretaryOf(committeeId));
                if (await context.LatestOfAsync(committeeId) is { ContentType: MedTypes.Committee } committee)
                {
                    keys.AddRange(committee.As<CommitteePart>().GrantedRoles.Select(PrincipalKeys.Role));
                }
            }

            // With no committee known, nobody but the rule's own keys may read it: never everyone.
            context.RestrictTo(keys, mayKnowItExists: [PrincipalKeys.Everyone]);
        }

        if (item.ConfidentialUntilUtc is { } until && until > clock.GetUtcNow().UtcDateTime)
        {
            // The committee that owns the item always keeps it, so it can never be locked away from everyone.
            var committees = committeeId is null ? item.ConfidentialCommitteeIds : [.. item.ConfidentialCommitteeIds, committeeId];
            var keys = committees.Select(MedKeys.MemberOf).ToList();
            if (committeeId is not null)
            {
                keys.Add(MedKeys.SecretaryOf(committeeId));
            }

            context.RestrictTo(keys, mayKnowItExists: [PrincipalKeys.Everyone]);
            redacted.ConfidentialUntilUtc = until;
        }

        // Only a closed or confidential item shows that it exists; any other restriction hides it.
        if (item.IsClosed || redacted.ConfidentialUntilUtc is not null)
        {
            context.RedactAs(item.IsClosed ? ClosedTitle : ConfidentialTitle, redacted);
        }
    }
}

/// <summary>MED's own editors: MED managers, and for a meeting and its items the committee's secretaries.</summary>
internal sealed class MedEditorKeys(PortalDbContext db) : IContentEditorKeysProvider
{
    public async Task AddEditorKeysAsync(ContentItem version, ISet<string> keys)
    {
        var committeeId = version.ContentType switch
        {
            MedTypes.Committee => "",
            MedTypes.Meeting => version.As<MeetingPart>().CommitteeId,
            MedTypes.AgendaItem => await db.Set<MeetingIndex>().AsNoTracking()
                .Where(m => m.ContentItemId == version.As<AgendaItemPart>().MeetingId && m.Latest)
                .Select(m => m.CommitteeId)
                .FirstOrDefaultAsync() ?? "",
            _ => null,
        };
        if (committeeId is null)
        {
            return;
        }

        keys.Add(PrincipalKeys.Permission(Permissions.ManageMed));
        if (committeeId.Length > 0)
        {
            keys.Add(MedKeys.SecretaryOf(committeeId));
        }
    }
}

/// <summary>A user holds the member key of every committee they currently sit on.</summary>
internal sealed class CommitteeMembershipKeys(PortalDbContext db, TimeProvider clock) : IPrincipalKeyProvider
{
    public async Task AddKeysAsync(ClaimsPrincipal user, ISet<string> keys)
    {
        if (user.Identity?.Name is not { } userName)
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var memberships = await db.Set<CommitteeMemberIndex>().AsNoTracking()
            .Where(m => m.Published && m.UserName == userName && (m.From == null || m.From <= today) && (m.To == null || m.To >= today))
            .Select(m => new { m.ContentItemId, m.Role })
            .ToListAsync();
        foreach (var membership in memberships)
        {
            keys.Add(MedKeys.MemberOf(membership.ContentItemId));
            switch (membership.Role)
            {
                case CommitteeRole.Secretary:
                    keys.Add(MedKeys.SecretaryOf(membership.ContentItemId));
                    break;
                case CommitteeRole.Chair:
                    keys.Add(MedKeys.ChairOf(membership.ContentItemId));
                    break;
                case CommitteeRole.ViceChair:
                    keys.Add(MedKeys.ViceChairOf(membership.ContentItemId));
                    break;
            }
        }
    }
}

/// <summary>Who holds a committee's keys today: its members, formand, næstformand or secretaries.</summary>
internal sealed class CommitteeKeyHolders(PortalDbContext db, TimeProvider clock) : IPrincipalKeyHolders
{
    public async Task<IReadOnlyCollection<string>> UserNamesHoldingAsync(string key)
    {
        var parts = key.Split(':');
        if (parts is not ["committee", var committeeId, var post])
        {
            return [];
        }

        if (post is not ("member" or "chair" or "vicechair" or "secretary"))
        {
            return [];
        }

        CommitteeRole? role = post switch
        {
            "chair" => CommitteeRole.Chair,
            "vicechair" => CommitteeRole.ViceChair,
            "secretary" => CommitteeRole.Secretary,
            _ => null,
        };

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await db.Set<CommitteeMemberIndex>().AsNoTracking()
            .Where(m => m.Published && m.ContentItemId == committeeId && (m.From == null || m.From <= today) && (m.To == null || m.To >= today))
            .Where(m => role == null || m.Role == role)
            .Select(m => m.UserName)
            .Distinct()
            .ToListAsync();
    }
}
