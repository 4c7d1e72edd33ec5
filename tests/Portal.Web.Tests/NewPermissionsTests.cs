using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Security;

namespace Portal.Web.Tests;

/// <summary>A module added to a running site gives the built-in roles its defaults once; an administrator's removal sticks.</summary>
public sealed class NewPermissionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Defaults_of_a_new_permission_are_granted_once_at_start()
    {
        // As if the MED module had just been added: its permission was never seeded, and nobody has it.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var document = await db.Documents.SingleAsync(d => d.Name == "Users.SeededPermissions");
            document.Json = JsonSerializer.Serialize(JsonSerializer.Deserialize<List<string>>(document.Json)!.Where(n => n != "ViewMed"));
            await db.SaveChangesAsync();
            await RemoveAsync(scope, PortalRoles.Employee, "ViewMed");
        }

        Assert.False(await EmployeeHasAsync("ViewMed"));
        await RunStartupTasksAsync();
        Assert.True(await EmployeeHasAsync("ViewMed"));

        // An administrator takes it away again: the next start leaves it so.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await RemoveAsync(scope, PortalRoles.Employee, "ViewMed");
        }

        await RunStartupTasksAsync();
        Assert.False(await EmployeeHasAsync("ViewMed"));
    }

    private async Task RunStartupTasksAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IPortalStartupTask>())
        {
            await task.ExecuteAsync(CancellationToken.None);
        }
    }

    private async Task<bool> EmployeeHasAsync(string permission)
    {
        var permissions = factory.Services.GetRequiredService<IPermissionService>();
        permissions.Invalidate();
        var employee = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x"), new Claim(ClaimTypes.Role, PortalRoles.Employee)], "test"));
        return (await permissions.GetGrantedAsync(employee)).Contains(permission);
    }

    private static async Task RemoveAsync(AsyncServiceScope scope, string roleName, string permission)
    {
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PortalRole>>();
        var role = (await roles.FindByNameAsync(roleName))!;
        await roles.RemoveClaimAsync(role, new Claim(Permission.ClaimType, permission));
    }
}
