using System.ComponentModel.DataAnnotations;

namespace Portal.Users.ViewModels;

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Skriv din nuværende adgangskode.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nuværende adgangskode")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Skriv en ny adgangskode.")]
    [StringLength(128, ErrorMessage = "Adgangskoden må højst være 128 tegn.")]
    [DataType(DataType.Password)]
    [Display(Name = "Ny adgangskode")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Gentag den nye adgangskode.")]
    [Compare(nameof(NewPassword), ErrorMessage = "De to nye adgangskoder er ikke ens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Gentag ny adgangskode")]
    public string ConfirmPassword { get; set; } = "";
}
