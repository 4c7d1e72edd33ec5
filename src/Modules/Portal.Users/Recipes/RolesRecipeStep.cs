using System.Text.Json;
using Portal.Core.Recipes;
using Portal.Users.Services;

namespace Portal.Users.Recipes;

/// <summary><c>{ "name": "roles" }</c>: the built-in roles with the modules' default permissions.</summary>
internal sealed class RolesRecipeStep(RoleSeeder roleSeeder) : IRecipeStepHandler
{
    public string StepName => "roles";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context)
    {
        var result = await roleSeeder.SeedAsync();
        if (!result.Succeeded)
        {
            throw new RecipeException($"The recipe could not create the roles: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
