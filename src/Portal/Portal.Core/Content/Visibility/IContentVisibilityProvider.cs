using System.Security.Claims;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// A module's rule about who may read a content version (e.g. a closed agenda item: its committee's
/// members). Runs whenever the version is written; the readers start as <see cref="PrincipalKeys.Everyone"/>.
/// </summary>
public interface IContentVisibilityProvider
{
    Task ApplyAsync(ContentItem version, VisibilityContext context);
}

/// <summary>The readers of one version while the providers decide them.</summary>
public sealed class VisibilityContext
{
    private HashSet<string>? _restricted;

    public IReadOnlySet<string> Readers => _restricted ?? [PrincipalKeys.Everyone];

    /// <summary>
    /// Only these keys may read the version. Several restrictions combine to the keys they share,
    /// so one rule can never widen what another rule closed.
    /// </summary>
    public void RestrictTo(IEnumerable<string> keys)
    {
        var set = keys.ToHashSet(StringComparer.Ordinal);
        if (_restricted is null)
        {
            _restricted = set;
        }
        else
        {
            _restricted.IntersectWith(set);
        }
    }
}

/// <summary>Adds the keys a user holds beyond their roles (e.g. the committees they sit on).</summary>
public interface IPrincipalKeyProvider
{
    Task AddKeysAsync(ClaimsPrincipal user, ISet<string> keys);
}
