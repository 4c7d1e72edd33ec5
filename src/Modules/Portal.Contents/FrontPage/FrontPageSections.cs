using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Contents.FrontPage;

/// <summary>Where on the employee front page a section goes: across the top, the wide column, or the narrow one.</summary>
public enum FrontPageColumn
{
    Lead,
    Main,
    Side,
}

/// <summary>What a section is built from: the reader and their keys, resolved once for the page.</summary>
public sealed record FrontPageContext(ClaimsPrincipal User, IReadOnlySet<string> Keys);

/// <summary>A built section: the partial view that shows it (the module's own) and its model.</summary>
public sealed record FrontPageBlock(string PartialName, object Model, FrontPageColumn Column, int Position);

/// <summary>
/// A module's part of the employee front page (stories, the reader's committees, decisions). Each
/// reads through the visibility API with the reader's keys; a section with nothing to show returns null.
/// </summary>
public interface IFrontPageSection
{
    Task<FrontPageBlock?> BuildAsync(FrontPageContext context);
}

public static class FrontPageSectionExtensions
{
    public static IServiceCollection AddFrontPageSection<TSection>(this IServiceCollection services)
        where TSection : class, IFrontPageSection =>
        services.AddScoped<IFrontPageSection, TSection>();
}
