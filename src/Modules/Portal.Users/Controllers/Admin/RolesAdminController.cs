using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers.Admin;

[Route("admin/roles")]
[RequirePermission(UserPermissionNames.ManageRoles)]
public sealed class RolesAdminController(
    RoleManager<PortalRole> roleManager,
    IPermissionService permissionService,
    IAuditTrail audit,
    PortalDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var userCounts = await db.UserRoles.AsNoTracking()
            .GroupBy(ur => ur.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.RoleId, g => g.Count);
        var permissionCounts = await db.RoleClaims.AsNoTracking()
            .Where(c => c.ClaimType == Permission.ClaimType)
            .GroupBy(c => c.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.RoleId, g => g.Count);
        var roles = await roleManager.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync();
        return View(roles
            .Select(r => new RoleRow(
                r.Id,
                r.Name ?? "",
                r.Description,
                permissionCounts.GetValueOrDefault(r.Id),
                userCounts.GetValueOrDefault(r.Id),
                r.Name == PortalRoles.Administrator,
                IsBuiltIn(r)))
            .ToList());
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new RoleCreateViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleCreateViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidForm(model);
        }

        var role = new PortalRole(model.Name.Trim()) { Description = model.Description?.Trim() ?? "" };
        var result = await roleManager.CreateAsync(role);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameField: nameof(model.Name));
            return this.InvalidForm(model);
        }

        await audit.RecordAsync(new AuditEvent(AuditKinds.RoleCreated, $"Rollen {role.Name} oprettet"));

        Notify("Rollen er oprettet. Vælg nu, hvilke rettigheder den giver.");
        return RedirectToAction(nameof(Edit), new { id = role.Id });
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var role = await roleManager.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        var model = new RoleEditViewModel
        {
            Description = role.Description,
            SelectedPermissions = [.. await GrantedPermissionsAsync(role)],
            ConcurrencyStamp = role.ConcurrencyStamp,
        };
        return View(Describe(model, role));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, RoleEditViewModel model)
    {
        var role = await roleManager.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        if (role.Name == PortalRoles.Administrator)
        {
            ModelState.AddModelError(string.Empty, "Administrator-rollen har altid alle rettigheder og kan ikke ændres.");
        }
        else if (model.ConcurrencyStamp != role.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, "Rollen er ændret af en anden, mens du redigerede. Indlæs siden igen, og gentag dine ændringer.");
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm(Describe(model, role));
        }

        // Permissions of modules that are not enabled are not shown, so they are kept as they are.
        var known = permissionService.AllPermissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var selected = model.SelectedPermissions.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        var granted = await GrantedPermissionsAsync(role);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var descriptionChanged = role.Description != (model.Description?.Trim() ?? "");
        role.Description = model.Description?.Trim() ?? "";
        var result = await roleManager.UpdateAsync(role);
        foreach (var name in granted.Where(n => known.Contains(n) && !selected.Contains(n)))
        {
            result = result.Succeeded ? await roleManager.RemoveClaimAsync(role, new Claim(Permission.ClaimType, name)) : result;
        }

        foreach (var name in selected.Where(n => !granted.Contains(n)))
        {
            result = result.Succeeded ? await roleManager.AddClaimAsync(role, new Claim(Permission.ClaimType, name)) : result;
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            ModelState.AddIdentityErrors(result);
            return this.InvalidForm(Describe(model, role));
        }

        if (RoleChange(role, descriptionChanged, [.. selected.Where(n => !granted.Contains(n))], [.. granted.Where(n => known.Contains(n) && !selected.Contains(n))]) is { } change)
        {
            await audit.RecordAsync(change);
        }

        await transaction.CommitAsync();
        permissionService.Invalidate();
        Notify($"Rollen {PortalRoles.DisplayName(role.Name)} er gemt.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var role = await roleManager.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        if (IsBuiltIn(role))
        {
            Notify($"Rollen {PortalRoles.DisplayName(role.Name)} er indbygget i portalen og kan ikke slettes.", NotificationKind.Error);
            return RedirectToAction(nameof(Index));
        }

        var userCount = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id);
        if (userCount > 0)
        {
            Notify(
                userCount == 1
                    ? $"Rollen {role.Name} kan ikke slettes, fordi 1 bruger har den. Fjern rollen fra brugeren først."
                    : $"Rollen {role.Name} kan ikke slettes, fordi {userCount} brugere har den. Fjern rollen fra brugerne først.",
                NotificationKind.Error);
            return RedirectToAction(nameof(Index));
        }

        var result = await roleManager.DeleteAsync(role);
        permissionService.Invalidate();
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditKinds.RoleDeleted, $"Rollen {role.Name} slettet"));
        }

        Notify(
            result.Succeeded ? $"Rollen {role.Name} er slettet." : string.Join(" ", result.Errors.Select(e => e.Description)),
            result.Succeeded ? NotificationKind.Success : NotificationKind.Error);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The permissions granted and taken away, by their Danish names; null when nothing changed.</summary>
    private AuditEvent? RoleChange(PortalRole role, bool descriptionChanged, IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        if (!descriptionChanged && added.Count == 0 && removed.Count == 0)
        {
            return null;
        }

        var names = permissionService.AllPermissions.ToDictionary(p => p.Name, p => p.Description, StringComparer.Ordinal);
        string Names(IEnumerable<string> permissions) => string.Join(", ", permissions.Select(p => names.GetValueOrDefault(p, p)));
        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add($"rettigheder givet: {Names(added)}");
        }

        if (removed.Count > 0)
        {
            parts.Add($"rettigheder frataget: {Names(removed)}");
        }

        if (descriptionChanged)
        {
            parts.Add("beskrivelsen ændret");
        }

        return new AuditEvent(AuditKinds.RoleChanged, $"Rollen {PortalRoles.DisplayName(role.Name)} ændret: {string.Join("; ", parts)}")
        {
            Fields = [.. added.Concat(removed).Order(StringComparer.Ordinal), .. descriptionChanged ? ["Beskrivelse"] : Array.Empty<string>()],
        };
    }

    private static bool IsBuiltIn(PortalRole role) => role.Name is { } name && PortalRoles.Descriptions.ContainsKey(name);

    private async Task<HashSet<string>> GrantedPermissionsAsync(PortalRole role) =>
        (await roleManager.GetClaimsAsync(role))
            .Where(c => c.Type == Permission.ClaimType)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);

    private RoleEditViewModel Describe(RoleEditViewModel model, PortalRole role)
    {
        model.Id = role.Id;
        model.Name = role.Name ?? "";
        model.IsAdministrator = role.Name == PortalRoles.Administrator;
        model.Groups = [.. permissionService.AllPermissions
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .Select(g => new PermissionGroup(g.Key, [.. g]))];
        return model;
    }
}
