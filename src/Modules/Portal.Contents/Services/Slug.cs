using System.Text;

namespace Portal.Contents.Services;

/// <summary>Addresses of content: lower-case Danish-friendly slugs, optionally nested with '/'.</summary>
public static class Slug
{
    public static string From(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'å': builder.Append("aa"); break;
                case 'é' or 'è' or 'ê': builder.Append('e'); break;
                case 'ü': builder.Append('u'); break;
                case 'ö': builder.Append('o'); break;
                case 'ä': builder.Append('a'); break;
                case >= 'a' and <= 'z' or >= '0' and <= '9': builder.Append(c); break;
                default:
                    if (builder.Length > 0 && builder[^1] != '-')
                    {
                        builder.Append('-');
                    }

                    break;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
    }

    /// <summary>A Danish explanation of what is wrong with <paramref name="path"/>, or null when it is fine.</summary>
    public static string? Validate(string path, Func<string, bool> isReserved)
    {
        if (path.Length == 0)
        {
            return "Skriv en adresse, eller giv indholdet en titel, så adressen kan dannes af den.";
        }

        var segments = path.Split('/');
        if (segments.Any(s => s.Length == 0 || !s.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
        {
            return "Adressen må kun indeholde små bogstaver a–z, tal og bindestreger, eventuelt delt med /.";
        }

        if (isReserved(segments[0]))
        {
            return $"Adressen må ikke begynde med '{segments[0]}', som portalen selv bruger. Vælg en anden adresse.";
        }

        return null;
    }
}
