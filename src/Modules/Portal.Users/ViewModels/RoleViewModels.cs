using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Portal.Core.Security;

namespace Portal.Users.ViewModels;

public sealed record RoleRow(string Id, string Name, string Description, int PermissionCount, int UserCount, bool IsAdministrator, bool IsBuiltIn);

public sealed record PermissionGroup(string Category, IReadOnlyList<Permission> Permissions);

public sealed class RoleCreateViewModel
{
    [Required(ErrorMessage = "Skriv rollens navn.")]
    [StringLength(100, ErrorMessage = "Rollens navn må højst være 100 tegn.")]
    [Display(Name = "Navn")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Beskrivelsen må højst være 500 tegn.")]
    [Display(Name = "Beskrivelse (valgfri)")]
    public string? Description { get; set; }
}

public sealed class RoleEditViewModel
{
    [BindNever]
    [ValidateNever]
    public string Id { get; set; } = "";

    [BindNever]
    [ValidateNever]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Beskrivelsen må højst være 500 tegn.")]
    [Display(Name = "Beskrivelse (valgfri)")]
    public string? Description { get; set; }

    public List<string> SelectedPermissions { get; set; } = [];

    /// <summary>The role's version when the form was opened; a save on top of a newer version is refused.</summary>
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    [ValidateNever]
    public bool IsAdministrator { get; set; }

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];
}
