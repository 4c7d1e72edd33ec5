using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Users.Services;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers.Admin;

[Route("admin/users")]
[RequirePermission(UserPermissionNames.ManageUsers)]
public sealed class UsersAdminController(
    UserManager<PortalUser> userManager,
    RoleManager<PortalRole> roleManager,
    SignInManager<PortalUser> signInManager,
    PortalDbContext db,
    LoginThrottle throttle,
    SessionValidator sessions,
    IAuditTrail audit,
    TimeProvider timeProvider) : AdminController
{
    private const int PageSize = 25;
    private const string ChangedMeanwhile = "Brugeren er ændret af en anden, mens du redigerede. Indlæs siden igen, og gentag dine ændringer.";
    private const string CannotDisableSelf = "Du kan ikke deaktivere din egen konto.";
    private const string OnlyAdministratorsMayEditAdministrators = "Kun administratorer kan ændre en administrators konto.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, int page = 1)
    {
        var query = userManager.Users.AsNoTracking();
        var term = search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            // User names and e-mails are stored normalized (upper case). Display names go through SQL's
            // lower() and upper(), which on SQLite change ASCII letters only; trying both still finds Danish
            // names unless one search term mixes upper- and lower-case æ, ø or å.
            var normalizedName = userManager.NormalizeName(term) ?? term;
            var normalizedEmail = userManager.NormalizeEmail(term) ?? term;
            var lower = term.ToLowerInvariant();
            var upper = term.ToUpperInvariant();
#pragma warning disable CA1862 // Translated to SQL; the StringComparison overloads are not.
            query = query.Where(u =>
                u.NormalizedUserName!.Contains(normalizedName)
                || u.NormalizedEmail!.Contains(normalizedEmail)
                || u.DisplayName.Contains(term)
                || u.DisplayName.ToLower().Contains(lower)
                || u.DisplayName.ToUpper().Contains(upper));
#pragma warning restore CA1862
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var users = await query
            .OrderBy(u => u.NormalizedUserName)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.NormalizedUserName, u.DisplayName, u.Email, u.LockoutEnd, u.IsDisabled })
            .ToListAsync();

        var ids = users.Select(u => u.Id).ToList();
        var roles = (await (
                from userRole in db.UserRoles.AsNoTracking()
                join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name!);

        var currentUserId = userManager.GetUserId(User);
        var now = timeProvider.GetUtcNow();
        return View(new UsersIndexViewModel
        {
            Search = term,
            Page = page,
            PageCount = pageCount,
            TotalCount = total,
            Users = [.. users.Select(u => new UserRow(
                u.Id,
                u.UserName ?? "",
                u.DisplayName,
                u.Email,
                [.. roles[u.Id].Order(StringComparer.Ordinal)],
                u.LockoutEnd > now || throttle.IsSlowedDown(u.NormalizedUserName ?? ""),
                u.IsDisabled,
                u.Id == currentUserId))],
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() =>
        View(await WithRolesAsync(new UserCreateViewModel { SelectedRoles = [PortalRoles.Employee] }));

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserCreateViewModel model)
    {
        await ValidateRolesAsync(model.SelectedRoles, currentRoles: [], isCurrentUser: false);
        if (!ModelState.IsValid)
        {
            return this.InvalidForm(await WithRolesAsync(model));
        }

        var user = new PortalUser
        {
            UserName = model.UserName.Trim(),
            DisplayName = model.DisplayName.Trim(),
            Email = EmptyToNull(model.Email),
            CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await userManager.CreateAsync(user, model.Password);
        if (result.Succeeded && model.SelectedRoles.Count > 0)
        {
            result = await userManager.AddToRolesAsync(user, model.SelectedRoles.Distinct(StringComparer.Ordinal));
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            ModelState.AddIdentityErrors(result);
            return this.InvalidForm(await WithRolesAsync(model));
        }

        var roles = model.SelectedRoles.Distinct(StringComparer.Ordinal).Select(PortalRoles.DisplayName).ToList();
        await audit.RecordAsync(new AuditEvent(AuditKinds.UserCreated, $"Brugeren {user.UserName} oprettet med {(roles.Count == 0 ? "ingen roller" : "rollerne " + string.Join(", ", roles))}"));
        await transaction.CommitAsync();
        Notify("Brugeren er oprettet.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = new UserEditViewModel
        {
            DisplayName = user.DisplayName,
            Email = user.Email,
            IsDisabled = user.IsDisabled,
            SelectedRoles = [.. await userManager.GetRolesAsync(user)],
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        return View(await DescribeAsync(model, user));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var currentRoles = await userManager.GetRolesAsync(user);
        var isCurrentUser = IsCurrentUser(user);
        if (model.ConcurrencyStamp != user.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
        }

        if (isCurrentUser && model.IsDisabled)
        {
            ModelState.AddModelError(nameof(model.IsDisabled), CannotDisableSelf);
        }

        if (currentRoles.Contains(PortalRoles.Administrator) && !await CurrentUserIsAdministratorAsync())
        {
            ModelState.AddModelError(string.Empty, OnlyAdministratorsMayEditAdministrators);
        }

        await ValidateRolesAsync(model.SelectedRoles, currentRoles, isCurrentUser);
        if (!ModelState.IsValid)
        {
            return this.InvalidForm(await DescribeAsync(model, user));
        }

        // Described before the changes, in case they are rolled back.
        model = await DescribeAsync(model, user);
        var wasDisabled = user.IsDisabled;
        var before = (user.DisplayName, user.Email);
        var selectedRoles = model.SelectedRoles.Distinct(StringComparer.Ordinal).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisplayName = model.DisplayName.Trim();
        user.Email = EmptyToNull(model.Email);
        user.IsDisabled = model.IsDisabled;
        var result = await userManager.UpdateAsync(user);
        var removed = currentRoles.Except(selectedRoles).ToList();
        if (result.Succeeded && removed.Count > 0)
        {
            result = await userManager.RemoveFromRolesAsync(user, removed);
        }

        if (result.Succeeded && selectedRoles.Except(currentRoles).ToList() is { Count: > 0 } added)
        {
            result = await userManager.AddToRolesAsync(user, added);
        }

        if (result.Succeeded && !string.IsNullOrEmpty(model.NewPassword))
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            result = await userManager.ResetPasswordAsync(user, token, model.NewPassword);
        }

        if (result.Succeeded && model.Unlock)
        {
            result = await userManager.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded)
            {
                result = await userManager.ResetAccessFailedCountAsync(user);
            }
        }

        if (result.Succeeded && ((model.IsDisabled && !wasDisabled) || removed.Count > 0))
        {
            // Ends the user's open sessions, or their removed roles, at the next security stamp check.
            result = await userManager.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            ModelState.AddIdentityErrors(result, passwordField: nameof(model.NewPassword));
            return this.InvalidForm(model);
        }

        var change = UserChange.Describe(before, user, wasDisabled, removed, selectedRoles.Except(currentRoles).ToList(), !string.IsNullOrEmpty(model.NewPassword), model.Unlock);
        if (change is not null)
        {
            await audit.RecordAsync(change);
        }

        await transaction.CommitAsync();
        // Again after the commit: a request in between may have cached the old security stamp.
        sessions.Forget(user.Id);
        if (model.Unlock)
        {
            throttle.Reset(user.NormalizedUserName ?? "");
        }

        if (isCurrentUser)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        Notify("Brugeren er gemt.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Users are never deleted (content refers to them); disabling one stops it from logging in.</summary>
    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id) => SetDisabledAsync(id, disabled: true);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id) => SetDisabledAsync(id, disabled: false);

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (disabled && IsCurrentUser(user))
        {
            Notify(CannotDisableSelf, NotificationKind.Error);
            return RedirectToAction(nameof(Index));
        }

        if (await userManager.IsInRoleAsync(user, PortalRoles.Administrator) && !await CurrentUserIsAdministratorAsync())
        {
            Notify(OnlyAdministratorsMayEditAdministrators, NotificationKind.Error);
            return RedirectToAction(nameof(Index));
        }

        if (user.IsDisabled != disabled)
        {
            user.IsDisabled = disabled;
            var result = await userManager.UpdateAsync(user);
            if (result.Succeeded && disabled)
            {
                result = await userManager.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                Notify(string.Join(" ", result.Errors.Select(e => e.Description)), NotificationKind.Error);
                return RedirectToAction(nameof(Index));
            }

            await audit.RecordAsync(disabled
                ? new AuditEvent(AuditKinds.UserDisabled, $"Brugeren {user.UserName} deaktiveret")
                : new AuditEvent(AuditKinds.UserEnabled, $"Brugeren {user.UserName} aktiveret igen"));
        }

        Notify(disabled
            ? $"{user.UserName} er deaktiveret og kan ikke længere logge ind."
            : $"{user.UserName} er aktiv igen.");
        return RedirectToAction(nameof(Index));
    }

    private async Task ValidateRolesAsync(IReadOnlyCollection<string> selected, IEnumerable<string> currentRoles, bool isCurrentUser)
    {
        var existing = await roleManager.Roles.Select(r => r.Name!).ToListAsync();
        foreach (var unknown in selected.Except(existing, StringComparer.Ordinal))
        {
            ModelState.AddModelError(nameof(UserEditViewModel.SelectedRoles), $"Rollen '{unknown}' findes ikke.");
        }

        var wasAdministrator = currentRoles.Contains(PortalRoles.Administrator, StringComparer.Ordinal);
        var isAdministrator = selected.Contains(PortalRoles.Administrator, StringComparer.Ordinal);
        if (isCurrentUser && wasAdministrator && !isAdministrator)
        {
            ModelState.AddModelError(nameof(UserEditViewModel.SelectedRoles), "Du kan ikke fjerne rollen Administrator fra dig selv.");
        }
        else if (wasAdministrator != isAdministrator && !await CurrentUserIsAdministratorAsync())
        {
            ModelState.AddModelError(nameof(UserEditViewModel.SelectedRoles), "Kun administratorer kan give eller fjerne rollen Administrator.");
        }
    }

    /// <summary>Asks the database, not the login cookie, whose roles may be older than the last change.</summary>
    private async Task<bool> CurrentUserIsAdministratorAsync() =>
        await userManager.GetUserAsync(User) is { } currentUser
        && await userManager.IsInRoleAsync(currentUser, PortalRoles.Administrator);

    private bool IsCurrentUser(PortalUser user) => user.Id == userManager.GetUserId(User);

    private async Task<UserCreateViewModel> WithRolesAsync(UserCreateViewModel model)
    {
        model.AvailableRoles = await AvailableRolesAsync();
        return model;
    }

    private async Task<UserEditViewModel> DescribeAsync(UserEditViewModel model, PortalUser user)
    {
        model.Id = user.Id;
        model.UserName = user.UserName ?? "";
        model.IsLockedOut = user.LockoutEnd > timeProvider.GetUtcNow() || throttle.IsSlowedDown(user.NormalizedUserName ?? "");
        model.IsCurrentUser = IsCurrentUser(user);
        model.AvailableRoles = await AvailableRolesAsync();
        return model;
    }

    private async Task<IReadOnlyList<RoleOption>> AvailableRolesAsync() =>
        await roleManager.Roles.AsNoTracking()
            .OrderBy(r => r.Name)
            .Select(r => new RoleOption(r.Name!, r.Description))
            .ToListAsync();

    private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
