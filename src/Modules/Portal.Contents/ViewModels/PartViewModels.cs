using System.ComponentModel.DataAnnotations;

namespace Portal.Contents.ViewModels;

public sealed class TitlePartViewModel
{
    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Skriv en titel.")]
    [StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    public string? Title { get; set; }
}

public sealed class HtmlBodyPartViewModel
{
    [Display(Name = "Brødtekst")]
    public string? Html { get; set; }
}

public sealed class AutoroutePartViewModel
{
    [Display(Name = "Adresse (URL)")]
    [StringLength(300, ErrorMessage = "Adressen må højst være 300 tegn.")]
    public string? Path { get; set; }

    public string? PublicUrl { get; set; }
}
