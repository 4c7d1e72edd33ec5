using System.Security.Claims;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;

namespace Portal.Med.Services;

/// <summary>Who may prepare a committee's meetings: its secretaries, and those who manage all of MED.</summary>
public sealed class MedEditing(IPermissionService permissions, IContentVisibility visibility)
{
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, string committeeId) =>
        await permissions.HasAsync(user, Permissions.ManageMed)
        || (await visibility.KeysOfAsync(user)).Contains(MedKeys.SecretaryOf(committeeId));
}
