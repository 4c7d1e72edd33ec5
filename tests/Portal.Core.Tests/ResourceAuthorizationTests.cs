using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Core.Tests;

/// <summary>Modules extend permission checks with rules about the resource (here: the owner of a note).</summary>
public sealed class ResourceAuthorizationTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task A_module_handler_grants_a_permission_for_the_resource_it_understands()
    {
        await using var scope = host.Scope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var hanne = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "hanne"), new Claim(ClaimTypes.Role, PortalRoles.Employee)], "test"));
        var hers = new ContentItem { ContentType = "Note", Owner = "hanne" };
        var someoneElses = new ContentItem { ContentType = "Note", Owner = "peter" };

        Assert.True(await authorization.AuthorizeAsync(hanne, NotePermissions.EditNote, hers));
        Assert.False(await authorization.AuthorizeAsync(hanne, NotePermissions.EditNote, someoneElses));
        Assert.False(await authorization.AuthorizeAsync(hanne, NotePermissions.EditNote));
    }

    [Fact]
    public async Task Administrators_hold_every_declared_permission_and_anonymous_users_none()
    {
        var permissions = host.Services.GetRequiredService<IPermissionService>();
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, PortalRoles.Administrator)], "test"));

        Assert.True(await permissions.HasAsync(admin, PlatformPermissions.AccessAdmin));
        Assert.False(await permissions.HasAsync(new ClaimsPrincipal(new ClaimsIdentity()), PlatformPermissions.AccessAdmin));
    }
}
