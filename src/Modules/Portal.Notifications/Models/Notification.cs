namespace Portal.Notifications.Models;

/// <summary>What happened, written in the transaction that caused it and delivered after it commits.</summary>
public sealed class NotificationEvent
{
    public long Id { get; set; }

    public string Type { get; set; } = "";

    /// <summary>The audience's keys, separated by spaces.</summary>
    public string Audience { get; set; } = "";

    public string? ContentItemId { get; set; }

    public bool Latest { get; set; }

    public bool ReadersOnly { get; set; }

    /// <summary>The template values as a JSON object.</summary>
    public string Values { get; set; } = "{}";

    public string? Url { get; set; }

    public string? Actor { get; set; }

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>One recipient's notification, as they were allowed to see it when it was written.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserName { get; set; } = "";

    public string Type { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? Url { get; set; }

    /// <summary>Written with the item's redacted title only (the recipient may only know it exists).</summary>
    public bool Redacted { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }

    /// <summary>Waits for the recipient's daily digest.</summary>
    public bool InDigest { get; set; }

    public DateTime? DigestedUtc { get; set; }
}

/// <summary>An e-mail waiting to be sent, or sent; retried with growing pauses until it goes.</summary>
public sealed class MailMessage
{
    public long Id { get; set; }

    /// <summary>Also the name of the message's Message-ID, so a message written twice is one message.</summary>
    public string MessageId { get; set; } = "";

    public string To { get; set; } = "";

    public string ToName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Taken by a node until then, so two nodes never send it at once.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentUtc { get; set; }
}

public enum Delivery
{
    /// <summary>Only the bell in the portal.</summary>
    InApp,

    /// <summary>The bell and an e-mail at once.</summary>
    Email,

    /// <summary>The bell and one e-mail a day listing them.</summary>
    Digest,
}

/// <summary>How one user wants one kind of notification.</summary>
public sealed class NotificationPreference
{
    public long Id { get; set; }

    public string UserName { get; set; } = "";

    public string Type { get; set; } = "";

    public Delivery Delivery { get; set; }
}

/// <summary>When one user wants their daily digest, and when it last went.</summary>
public sealed class DigestSchedule
{
    public string UserName { get; set; } = "";

    /// <summary>Minutes after midnight, Danish time.</summary>
    public int AtMinute { get; set; }

    public DateTime? LastSentUtc { get; set; }
}

/// <summary>An administrator's templates for one kind, instead of the module's own.</summary>
public sealed class NotificationTemplate
{
    public string Type { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
