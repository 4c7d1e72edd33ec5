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
}

/// <summary>
/// A closed item is for its committee's members and the roles the committee grants it to; material
/// shared in confidence is for the named committees until its time.
/// </summary>
internal sealed class MedVisibilityProvider(PortalDbContext db, TimeProvider clock) : IContentVisibilityProvider
{
    public async Task ApplyAsync(ContentItem version, VisibilityContext context)
    {
        if (version.ContentType != MedTypes.AgendaItem)
        {
            return;
        }

        var item = version.As<AgendaItemPart>();
        var committeeId = await db.Set<MeetingIndex>().AsNoTracking()
            .Where(m => m.ContentItemId == item.MeetingId && m.Latest)
            .Select(m => m.CommitteeId)
            .FirstOrDefaultAsync();
        if (item.IsClosed)
        {
            var keys = new List<string>();
            if (committeeId is not null)
            {
                keys.Add(MedKeys.MemberOf(committeeId));
                var committee = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemId == committeeId && c.Latest);
                keys.AddRange((committee?.As<CommitteePart>().GrantedRoles ?? []).Select(PrincipalKeys.Role));
            }

            // With no committee known, nobody but the rule's own keys may read it: never everyone.
            context.RestrictTo(keys);
        }

        if (item.ConfidentialUntilUtc is { } until && until > clock.GetUtcNow().UtcDateTime)
        {
            // The committee that owns the item always keeps it, so it can never be locked away from everyone.
            var committees = committeeId is null ? item.ConfidentialCommitteeIds : [.. item.ConfidentialCommitteeIds, committeeId];
            context.RestrictTo(committees.Select(MedKeys.MemberOf));
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
            if (membership.Role == CommitteeRole.Secretary)
            {
                keys.Add(MedKeys.SecretaryOf(membership.ContentItemId));
            }
        }
    }
}
