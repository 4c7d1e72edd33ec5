using System.Security.Claims;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Med.Services;
using Portal.Recommendations.Models;

namespace Portal.Recommendations.Services;

/// <summary>Who records a strategy's follow-ups: the secretaries of the committee that follows it up, and those who may for every strategy.</summary>
public sealed class FollowUpPermissions(IPermissionService permissions, IContentVisibility visibility)
{
    public async Task<bool> CanRecordAsync(ClaimsPrincipal user, StrategyPart strategy) =>
        await permissions.HasAsync(user, Permissions.ManageFollowUps)
        || (strategy.CommitteeId.Length > 0 && (await visibility.KeysOfAsync(user)).Contains(MedKeys.SecretaryOf(strategy.CommitteeId)));
}
