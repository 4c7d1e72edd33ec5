using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>The Danish answers to input the portal refuses before any code sees it.</summary>
internal static class BadInput
{
    public const string Title = "Forkert forespørgsel";

    public const string Unreadable = "Formularen kunne ikke læses: et felt er for langt, eller det indeholder ugyldige tegn (f.eks. et nul-tegn). Intet er gemt.";

    public const string TooLarge = "Det sendte er for stort. Intet er gemt.";

    public const string TryAgain = "Gå tilbage, ret det, og prøv igen.";

    public static Task RefuseAsync(HttpContext context, ILogger logger, int status, string reason, string message)
    {
        logger.LogWarning("Refused bad input on {Method} {Path} with {Status}: {Reason}", context.Request.Method, context.Request.Path, status, reason);
        return ErrorPage.RefuseAsync(context, status, Title, message, TryAgain);
    }

    /// <summary>Databases refuse a NUL character in text (PostgreSQL with an error), and no field needs one.</summary>
    public static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);
}
