using Microsoft.Extensions.DependencyInjection;

namespace Portal.Contents.Search;

/// <summary>
/// A content type whose module shows its items on pages of its own and describes them for search,
/// even when the type is listable (edited in the content admin): the generic content pages' search
/// description leaves it to that module.
/// </summary>
public sealed record TypeWithOwnPages(string ContentType);

public static class TypeWithOwnPagesExtensions
{
    /// <summary>The module shows and describes items of these types itself.</summary>
    public static IServiceCollection AddTypesWithOwnPages(this IServiceCollection services, params string[] contentTypes)
    {
        foreach (var contentType in contentTypes)
        {
            services.AddSingleton(new TypeWithOwnPages(contentType));
        }

        return services;
    }
}
