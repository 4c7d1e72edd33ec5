namespace Portal.Core.Notify;

/// <summary>
/// Tells people that something happened. A request is written in the caller's transaction (saved
/// with its next save) and delivered after it commits: each recipient gets it only as far as they
/// may see the item then, by the way they chose for its kind.
/// </summary>
public interface INotificationQueue
{
    void Queue(NotificationRequest request);
}

/// <param name="Type">A <see cref="NotificationType.Name"/>.</param>
/// <param name="Audience">Principal keys (<c>role:…</c>, <c>username:…</c>, <c>committee:{id}:member</c>) and <see cref="NotificationAudience.FollowersOf"/>.</param>
/// <param name="ContentItemId">What it is about; a recipient who may not know the item exists gets nothing.</param>
public sealed record NotificationRequest(string Type, IReadOnlyCollection<string> Audience, string? ContentItemId)
{
    /// <summary>About the item's latest version (a draft awaiting approval) instead of its published one.</summary>
    public bool Latest { get; init; }

    /// <summary>
    /// Only for recipients who may read the item in full: the values name its content (a workflow's
    /// message). Otherwise those who may only know it exists get it too, with its redacted title.
    /// </summary>
    public bool ReadersOnly { get; init; }

    /// <summary>Values for the templates that never name the item's content (a committee's name, a date, who acted).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the recipient goes to see it, relative to the portal (e.g. <c>/meetings/{id}</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The user who caused it, who is not told about their own doing.</summary>
    public string? Actor { get; init; }
}

public static class NotificationAudience
{
    /// <summary>Everyone following the item (a committee, a story area).</summary>
    public static string FollowersOf(string contentItemId) => $"followers:{contentItemId}";
}

/// <summary>Used when no notifications module is installed: nobody is told.</summary>
internal sealed class NoNotifications : INotificationQueue
{
    public void Queue(NotificationRequest request)
    {
    }
}
