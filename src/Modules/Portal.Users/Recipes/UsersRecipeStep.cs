using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Data;
using Portal.Core.Recipes;

namespace Portal.Users.Recipes;

/// <summary>
/// <c>{ "name": "users", "users": [ { "userName", "displayName", "email", "password", "roles": [ … ] } ] }</c>.
/// Creates the users that do not exist yet; an existing user is left as it is.
/// </summary>
internal sealed class UsersRecipeStep(
    UserManager<PortalUser> userManager,
    RoleManager<PortalRole> roleManager,
    TimeProvider timeProvider) : IRecipeStepHandler
{
    public string StepName => "users";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        if (!step.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException("The 'users' step needs a 'users' array.");
        }

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in users.EnumerateArray())
        {
            var userName = GetString(entry, "userName");
            if (string.IsNullOrWhiteSpace(userName))
            {
                throw new RecipeException("A user in the 'users' step has no 'userName'.");
            }

            if (await userManager.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var password = GetString(entry, "password");
            if (string.IsNullOrEmpty(password))
            {
                throw new RecipeException($"The user '{userName}' in the 'users' step has no 'password'.");
            }

            var user = new PortalUser
            {
                UserName = userName,
                DisplayName = GetString(entry, "displayName") ?? userName,
                Email = string.IsNullOrWhiteSpace(GetString(entry, "email")) ? null : GetString(entry, "email"),
                CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
            };
            // Hashing a password is slow on purpose; recipe accounts that share one (the demo accounts)
            // share its hash, checked against the password rules once.
            IdentityResult created;
            if (hashes.TryGetValue(password, out var hash))
            {
                user.PasswordHash = hash;
                created = await userManager.CreateAsync(user);
            }
            else
            {
                created = await userManager.CreateAsync(user, password);
                if (created.Succeeded && user.PasswordHash is { } made)
                {
                    hashes[password] = made;
                }
            }

            if (!created.Succeeded)
            {
                throw new RecipeException($"The recipe could not create the user '{userName}': {Describe(created)}");
            }

            var roles = entry.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToList()
                : [];
            foreach (var role in roles)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    throw new RecipeException($"The user '{userName}' is given the role '{role}', which does not exist. Put a 'roles' step before the 'users' step.");
                }
            }

            if (roles.Count > 0)
            {
                var added = await userManager.AddToRolesAsync(user, roles);
                if (!added.Succeeded)
                {
                    throw new RecipeException($"The recipe could not give the user '{userName}' its roles: {Describe(added)}");
                }
            }
        }
    }

    private static string? GetString(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
