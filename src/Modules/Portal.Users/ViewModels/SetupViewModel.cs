using System.ComponentModel.DataAnnotations;

namespace Portal.Users.ViewModels;

public sealed class SetupViewModel
{
    [Required(ErrorMessage = "Skriv portalens navn.")]
    [StringLength(100, ErrorMessage = "Portalens navn må højst være 100 tegn.")]
    [Display(Name = "Portalens navn")]
    public string SiteName { get; set; } = "MED-portalen";

    [Required(ErrorMessage = "Skriv et brugernavn til administratoren.")]
    [StringLength(256, ErrorMessage = "Brugernavnet må højst være 256 tegn.")]
    [Display(Name = "Administratorens brugernavn")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Skriv administratorens navn.")]
    [StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    [Display(Name = "Administratorens navn")]
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
}
