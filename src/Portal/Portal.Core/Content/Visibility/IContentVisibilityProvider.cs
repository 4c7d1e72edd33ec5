using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Core.Content.Visibility;

/// <summary>
/// A module's rule about who may read a content version (e.g. a closed agenda item: its committee's
/// members). Runs whenever the version is written, and again for every version when the rules
/// change (a module enabled, or <see cref="RulesVersion"/> raised); the readers start as
/// <see cref="PrincipalKeys.Everyone"/>.
/// </summary>
public interface IContentVisibilityProvider
{
    /// <summary>Raise it when the rule changes, so versions written under the old rule get the new one.</summary>
    int RulesVersion => 1;

    Task ApplyAsync(ContentItem version, VisibilityContext context);
}

/// <summary>
/// Who may edit a version of a type, and so read its drafts and history: the editors a module's
/// own editing screens let in. The platform adds the version's author.
/// </summary>
public interface IContentEditorKeysProvider
{
    Task AddEditorKeysAsync(ContentItem version, ISet<string> keys);
}

/// <summary>The readers of one version while the providers decide them.</summary>
public sealed class VisibilityContext(Func<string, Task<ContentItem?>>? latestOf = null)
{
    private HashSet<string>? _readers;
    private HashSet<string>? _knowers;

    /// <summary>The keys that may read the version in full.</summary>
    public IReadOnlySet<string> Readers => _readers ?? [PrincipalKeys.Everyone];

    /// <summary>The keys that may know the version exists but see only <see cref="Redaction"/>.</summary>
    public IReadOnlySet<string> RedactedReaders =>
        Redaction is null ? [] : (_knowers ?? [PrincipalKeys.Everyone]).Except(Readers, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);

    /// <summary>What <see cref="RedactedReaders"/> see: a display text and the parts the rule chose to show.</summary>
    public (string DisplayText, JsonObject Content)? Redaction { get; private set; }

    /// <summary>
    /// The latest version of an item the rule depends on (a committee's granted roles), as stored in
    /// this save's transaction: rules read other items through the platform, never the content table.
    /// </summary>
    public Task<ContentItem?> LatestOfAsync(string contentItemId) =>
        latestOf is null ? Task.FromResult<ContentItem?>(null) : latestOf(contentItemId);

    /// <summary>
    /// Only <paramref name="readers"/> may read the version; <paramref name="mayKnowItExists"/>
    /// (when given) may see its redacted record. Restrictions combine to what they all allow, so
    /// one rule can never widen what another rule closed.
    /// </summary>
    public void RestrictTo(IEnumerable<string> readers, IEnumerable<string>? mayKnowItExists = null)
    {
        var readSet = readers.ToHashSet(StringComparer.Ordinal);
        _readers = Intersect(_readers, [.. readSet]);
        if (mayKnowItExists is null)
        {
            // A rule that shows nothing of the version hides that it exists from everyone it does not let read.
            _knowers = Intersect(_knowers, [.. readSet]);
        }
        else
        {
            _knowers = Intersect(_knowers, [.. readSet, .. mayKnowItExists]);
        }
    }

    /// <summary>What those who may only know the version exists see of it.</summary>
    public void RedactAs(string displayText, params IEnumerable<ContentPart> parts)
    {
        var content = new JsonObject();
        foreach (var part in parts)
        {
            content[part.GetType().Name] = JsonSerializer.SerializeToNode(part, part.GetType(), ContentSerializer.Options);
        }

        Redaction = (displayText, content);
    }

    /// <summary>Everyone stands for every key; otherwise only the keys both sets hold.</summary>
    private static HashSet<string> Intersect(HashSet<string>? current, HashSet<string> next)
    {
        if (current is null || current.Contains(PrincipalKeys.Everyone))
        {
            return next;
        }

        if (!next.Contains(PrincipalKeys.Everyone))
        {
            current.IntersectWith(next);
        }

        return current;
    }
}

/// <summary>Adds the keys a user holds beyond their roles and permissions (e.g. the committees they sit on).</summary>
public interface IPrincipalKeyProvider
{
    Task AddKeysAsync(ClaimsPrincipal user, ISet<string> keys);
}
