using Portal.Core.Hosting;

namespace Portal.Web.Controllers;

public sealed record ErrorViewModel(int StatusCode, string Title, IReadOnlyList<string> Paragraphs)
{
    public static ErrorViewModel For(int statusCode, ErrorPageFeature? specific)
    {
        if (specific is not null)
        {
            return new(statusCode, specific.Title, specific.Paragraphs);
        }

        var (title, text) = statusCode switch
        {
            400 => ("Forkert forespørgsel", "Forespørgslen kunne ikke forstås. Gå tilbage, og prøv igen."),
            403 => ("Du har ikke adgang", "Du har ikke rettighed til at se denne side. Kontakt en administrator, hvis du mener, du burde have adgang."),
            404 => ("Siden findes ikke", "Siden er måske flyttet eller slettet, eller adressen er skrevet forkert."),
            409 => ("Konflikt", "Indholdet er ændret af en anden i mellemtiden."),
            413 => ("Forespørgslen er for stor", "Det sendte er for stort. Send mindre, og prøv igen."),
            429 => ("For mange forsøg", "Vent et øjeblik, og prøv igen."),
            _ when statusCode < 500 => ("Forkert forespørgsel", "Forespørgslen kunne ikke gennemføres. Gå tilbage, og prøv igen."),
            _ => ("Der opstod en fejl", "Noget gik galt hos os. Prøv igen om lidt. Fejlen er logget."),
        };
        return new(statusCode, title, [text]);
    }
}
