using Portal.Core.Security;

namespace Portal.Workflows;

/// <summary>The permissions' names, for <c>[RequirePermission(...)]</c>.</summary>
public static class WorkflowPermissionNames
{
    public const string ManageWorkflows = nameof(ManageWorkflows);
}

/// <summary>
/// Tasks need no permission of their own: a task is for whoever holds a key it is assigned to. Only
/// the workflow types and the running workflows are guarded.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Arbejdsgange";

    public static readonly Permission ManageWorkflows = new(WorkflowPermissionNames.ManageWorkflows, "Administrere arbejdsgange og se igangværende forløb", Category);

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows];

    public IEnumerable<DefaultRolePermissions> GetDefaultRolePermissions() =>
    [
        new(PortalRoles.Administrator, [ManageWorkflows]),
    ];
}
