using Microsoft.AspNetCore.Identity;

namespace Portal.Users.Services;

/// <summary>The password policy in words, for the hint under password fields.</summary>
internal static class PasswordRules
{
    public static string Describe(PasswordOptions options)
    {
        var requirements = new List<string>();
        if (options.RequireUppercase && options.RequireLowercase)
        {
            requirements.Add("store og små bogstaver");
        }
        else if (options.RequireUppercase)
        {
            requirements.Add("mindst ét stort bogstav");
        }
        else if (options.RequireLowercase)
        {
            requirements.Add("mindst ét lille bogstav");
        }

        if (options.RequireDigit)
        {
            requirements.Add("mindst ét tal");
        }

        if (options.RequireNonAlphanumeric)
        {
            requirements.Add("mindst ét tegn, der ikke er et bogstav eller tal");
        }

        var text = $"Mindst {options.RequiredLength} tegn";
        return requirements.Count switch
        {
            0 => text + ".",
            1 => $"{text} med {requirements[0]}.",
            _ => $"{text} med {string.Join(", ", requirements[..^1])} og {requirements[^1]}.",
        };
    }
}
