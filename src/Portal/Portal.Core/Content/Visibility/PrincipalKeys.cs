namespace Portal.Core.Content.Visibility;

/// <summary>
/// Who may read a content version, as keys shared by content and users: a version lists the keys
/// that may read it, a user holds keys; a user may read a version when they share one.
/// </summary>
public static class PrincipalKeys
{
    /// <summary>Every signed-in user.</summary>
    public const string Everyone = "everyone";

    public static string Role(string role) => $"role:{role}";

    public static string User(string userId) => $"user:{userId}";
}
