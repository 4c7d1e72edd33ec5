using System.ComponentModel.DataAnnotations;

namespace Portal.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Skriv dit brugernavn.")]
    [StringLength(256, ErrorMessage = "Brugernavnet må højst være 256 tegn.")]
    [Display(Name = "Brugernavn")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Skriv din adgangskode.")]
    [DataType(DataType.Password)]
    [Display(Name = "Adgangskode")]
    public string Password { get; set; } = "";

    [Display(Name = "Husk mig")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
