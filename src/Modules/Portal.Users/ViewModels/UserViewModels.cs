using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Portal.Users.ViewModels;

public sealed class UsersIndexViewModel
{
    public string? Search { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }

    public int TotalCount { get; init; }

    public IReadOnlyList<UserRow> Users { get; init; } = [];

    /// <summary>The page numbers to link to: the first, the last and two either side of this one; null marks a gap.</summary>
    public IEnumerable<int?> PageLinks()
    {
        int? previous = null;
        for (var number = 1; number <= PageCount; number++)
        {
            if (number == 1 || number == PageCount || Math.Abs(number - Page) <= 2)
            {
                if (previous is { } p && number - p > 1)
                {
                    yield return null;
                }

                yield return number;
                previous = number;
            }
        }
    }
}

public sealed record UserRow(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    bool IsLockedOut,
    bool IsDisabled,
    bool IsCurrentUser);

public sealed record RoleOption(string Name, string Description);

public sealed class UserCreateViewModel
{
    [Required(ErrorMessage = "Skriv et brugernavn.")]
    [StringLength(256, ErrorMessage = "Brugernavnet må højst være 256 tegn.")]
    [Display(Name = "Brugernavn")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Skriv brugerens navn.")]
    [StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    [Display(Name = "Navn")]
    public string DisplayName { get; set; } = "";

    [EmailAddress(ErrorMessage = "Skriv en gyldig e-mailadresse, f.eks. navn@kommune.dk.")]
    [StringLength(256, ErrorMessage = "E-mailadressen må højst være 256 tegn.")]
    [Display(Name = "E-mail (valgfri)")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Skriv en adgangskode.")]
    [StringLength(128, ErrorMessage = "Adgangskoden må højst være 128 tegn.")]
    [DataType(DataType.Password)]
    [Display(Name = "Adgangskode")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Gentag adgangskoden.")]
    [Compare(nameof(Password), ErrorMessage = "De to adgangskoder er ikke ens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Gentag adgangskode")]
    public string ConfirmPassword { get; set; } = "";

    public List<string> SelectedRoles { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<RoleOption> AvailableRoles { get; set; } = [];
}

public sealed class UserEditViewModel
{
    [BindNever]
    [ValidateNever]
    public string Id { get; set; } = "";

    [BindNever]
    [ValidateNever]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Skriv brugerens navn.")]
    [StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    [Display(Name = "Navn")]
    public string DisplayName { get; set; } = "";

    [EmailAddress(ErrorMessage = "Skriv en gyldig e-mailadresse, f.eks. navn@kommune.dk.")]
    [StringLength(256, ErrorMessage = "E-mailadressen må højst være 256 tegn.")]
    [Display(Name = "E-mail (valgfri)")]
    public string? Email { get; set; }

    public List<string> SelectedRoles { get; set; } = [];

    [Display(Name = "Deaktiveret (kan ikke logge ind)")]
    public bool IsDisabled { get; set; }

    [Display(Name = "Lås kontoen op")]
    public bool Unlock { get; set; }

    [StringLength(128, ErrorMessage = "Adgangskoden må højst være 128 tegn.")]
    [DataType(DataType.Password)]
    [Display(Name = "Ny adgangskode (valgfri)")]
    public string? NewPassword { get; set; }

    [Compare(nameof(NewPassword), ErrorMessage = "De to adgangskoder er ikke ens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Gentag ny adgangskode")]
    public string? ConfirmNewPassword { get; set; }

    /// <summary>The user's version when the form was opened; a save on top of a newer version is refused.</summary>
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    [ValidateNever]
    public bool IsLockedOut { get; set; }

    [BindNever]
    [ValidateNever]
    public bool IsCurrentUser { get; set; }

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<RoleOption> AvailableRoles { get; set; } = [];
}
