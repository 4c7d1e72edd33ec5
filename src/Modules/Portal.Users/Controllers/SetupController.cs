using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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
    /// <summary>The row only one setup can insert; its key is the table's primary key.</summary>
    private const string SetupClaim = "Users.SetupClaim";

    private const string AlreadySetUp = "Portalen er allerede ved at blive sat op af en anden. Indlæs siden igen.";

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
            if (!await ClaimSetupAsync(admin.UserName, now))
            {
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                logger.LogWarning("A second setup of the site, for {UserName}, was refused", admin.UserName);
                ModelState.AddModelError(string.Empty, AlreadySetUp);
                var conflict = this.InvalidForm(model);
                conflict.StatusCode = StatusCodes.Status409Conflict;
                return conflict;
            }

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
            await siteService.SaveAsync(site);
            await transaction.CommitAsync();
        }

        logger.LogInformation("The site was set up with {UserName} as administrator", admin.UserName);
        await signInManager.SignInAsync(admin, isPersistent: false);
        return LocalRedirect("/admin");
    }

    /// <summary>
    /// Inserts the setup's marker row as the transaction's first write. Two setups posted at once both
    /// passed the check of the site settings above; the database lets only one of them insert the row
    /// (the other's insert fails, on PostgreSQL after waiting for the first to commit; SQLite takes one
    /// writer at a time), so only one administrator is ever created. The row stays after a successful
    /// setup and goes with a failed one's rollback.
    /// </summary>
    private async Task<bool> ClaimSetupAsync(string userName, DateTime now)
    {
        db.Documents.Add(new Document { Name = SetupClaim, Json = JsonSerializer.Serialize(new { userName, now }) });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return false;
        }

        return true;
    }
}
