namespace Portal.Core.Content.Visibility;

/// <summary>
/// Who may read a content version, as keys shared by content and users: a version lists the keys
/// that may read it, a user holds keys; a user may read a version when they share one.
/// </summary>
public static class PrincipalKeys
{
    /// <summary>Every signed-in user.</summary>
    public const string Everyone = "everyone";

    /// <summary>The keys of any signed-in user with no others: what everyone may read (choices an editor offers to all readers).</summary>
    public static IReadOnlySet<string> EveryoneOnly { get; } = new HashSet<string>(StringComparer.Ordinal) { Everyone };

    public static string Role(string role) => $"role:{role}";

    public static string User(string userId) => $"user:{userId}";

    /// <summary>The key of an account by its user name (what versions record as owner and author).</summary>
    public static string UserName(string userName) => $"username:{userName}";

    /// <summary>Held by everyone granted the permission, so a rule can follow later changes to roles.</summary>
    public static string Permission(Security.Permission permission) => $"permission:{permission.Name}";

    internal static string Permission(string name) => $"permission:{name}";

    /// <summary>
    /// How a key that may only know a version exists is stored: never equal to a key a user holds, so
    /// a reader that does not know redaction (an older node during an upgrade) can never match it.
    /// </summary>
    internal static string Known(string key) => $"known:{key}";
}
