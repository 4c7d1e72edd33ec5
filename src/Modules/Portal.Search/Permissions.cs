using Portal.Core.Security;

namespace Portal.Search;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class SearchPermissionNames
{
    public const string ManageSearch = nameof(ManageSearch);
}

/// <summary>Everyone who may read content may search it; only the index itself is guarded.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearch = new(SearchPermissionNames.ManageSearch, "Administrere søgning: se indeksets tilstand og genopbygge det", "Søgning");

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ManageSearch]),
    ];
}
