using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Site;
using Portal.Users.Services;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>First run: names the site and creates the roles and the first administrator.</summary>
[AllowAnonymous]
[Route("setup")]
public sealed class SetupController(
    ISiteService siteService,
    PortalDbContext db,
    RoleSeeder roleSeeder,
    UserManager<PortalUser> userManager,
    SignInManager<PortalUser> signInManager,
    TimeProvider timeProvider,
    ILogger<SetupController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if ((await siteService.GetAsync()).IsSetUp)
        {
            return NotFound();
        }

        return View(new SetupViewModel());
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SetupViewModel model)
    {
        var site = await siteService.GetAsync();
        if (site.IsSetUp)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm(model);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var admin = new PortalUser
        {
            UserName = model.UserName.Trim(),
            DisplayName = model.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim(),
            CreatedUtc = now,
        };

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var result = await roleSeeder.SeedAsync();
            if (result.Succeeded)
            {
                result = await userManager.CreateAsync(admin, model.Password);
            }

            if (result.Succeeded)
            {
                result = await userManager.AddToRoleAsync(admin, PortalRoles.Administrator);
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                ModelState.AddIdentityErrors(result);
                return this.InvalidForm(model);
            }

            site.SiteName = model.SiteName.Trim();
            site.IsSetUp = true;
            site.SetUpUtc = now;
            try
            {
                await siteService.SaveAsync(site);
                await transaction.CommitAsync();
            }
            catch (DbUpdateException exception)
            {
                // Most likely a second setup submitted at the same moment.
                logger.LogWarning(exception, "Setting up the site failed");
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, "Opsætningen kunne ikke gemmes. Indlæs siden igen, og prøv på ny.");
                return this.InvalidForm(model);
            }
        }

        logger.LogInformation("The site was set up with {UserName} as administrator", admin.UserName);
        await signInManager.SignInAsync(admin, isPersistent: false);
        return LocalRedirect("/admin");
    }
}
