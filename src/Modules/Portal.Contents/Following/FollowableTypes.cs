using Microsoft.Extensions.DependencyInjection;

namespace Portal.Contents.Following;

/// <summary>A content type employees may follow, as a module declares it.</summary>
public sealed record FollowableType(string ContentType, string Heading, string PagePattern)
{
    public string PageOf(string contentItemId) => string.Format(System.Globalization.CultureInfo.InvariantCulture, PagePattern, contentItemId);
}

public static class FollowableTypeExtensions
{
    /// <summary>
    /// Lets employees follow published items of <paramref name="contentType"/>; <paramref name="heading"/>
    /// groups them on "Det følger du", and <paramref name="pagePattern"/> (with {0} for the id) is their page.
    /// </summary>
    public static IServiceCollection AddFollowableType(this IServiceCollection services, string contentType, string heading, string pagePattern) =>
        services.AddSingleton(new FollowableType(contentType, heading, pagePattern));
}
