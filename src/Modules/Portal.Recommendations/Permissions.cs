using Portal.Core.Security;

namespace Portal.Recommendations;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class RecommendationPermissionNames
{
    public const string ViewRecommendations = nameof(ViewRecommendations);
    public const string ManageFollowUps = nameof(ManageFollowUps);
}

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Anbefalinger";

    public static readonly Permission ViewRecommendations = new(RecommendationPermissionNames.ViewRecommendations, "Se anbefalinger, strategier og opfølgning", Category);

    /// <summary>A strategy's own committee secretaries record its follow-ups without it; this is for everyone else's.</summary>
    public static readonly Permission ManageFollowUps = new(RecommendationPermissionNames.ManageFollowUps, "Registrere kvartalsopfølgning for alle strategier", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewRecommendations, ManageFollowUps];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ViewRecommendations, ManageFollowUps]),
        new(PortalRoles.Editor, [ViewRecommendations, ManageFollowUps]),
        new(PortalRoles.Employee, [ViewRecommendations]),
    ];
}
