using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;
using Portal.Core.Site;

namespace Portal.Users.Services;

/// <summary>
/// A module added to a site that is already set up brings permissions the built-in roles have never
/// had: they get the module's defaults once. Permissions an administrator later takes away stay away.
/// </summary>
internal sealed class NewPermissionsStartupTask(ISiteService site, RoleSeeder seeder, ILogger<NewPermissionsStartupTask> logger) : IPortalStartupTask
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (!(await site.GetAsync()).IsSetUp)
        {
            return;
        }

        var result = await seeder.SeedNewPermissionsAsync();
        if (!result.Succeeded)
        {
            logger.LogError("Granting new modules' default permissions failed: {Errors}", string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
