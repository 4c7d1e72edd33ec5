namespace Portal.Core.Audit;

/// <summary>
/// The append-only record of who did what. Modules record through this without knowing the audit
/// trail module; without it the platform's default records nothing.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Adds the record to the scope's <see cref="Data.PortalDbContext"/>: it is written by the caller's
    /// next SaveChanges, so it commits or rolls back with the change it records.
    /// </summary>
    void Add(AuditEvent auditEvent);

    /// <summary>Adds the record and saves it now (in the caller's transaction, when there is one).</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

/// <summary>One thing that happened.</summary>
/// <param name="Kind">One of <see cref="AuditKinds"/>.</param>
/// <param name="Summary">A short Danish sentence: what happened.</param>
/// <param name="UserName">Who did it; the signed-in user (or "system") when null.</param>
public sealed record AuditEvent(string Kind, string Summary, string? UserName = null)
{
    public string? ContentItemId { get; init; }

    public string? ContentItemVersionId { get; init; }

    public int? ContentVersion { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The item's title at the time; shown only to those who may read the item.</summary>
    public string? ContentTitle { get; init; }

    /// <summary>The names of the fields (or parts) that changed.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>A comment the user gave (a decision's), or more detail.</summary>
    public string? Comment { get; init; }
}

/// <summary>What can be recorded. The part before the dot is the category.</summary>
public static class AuditKinds
{
    public const string ContentCreated = "content.created";
    public const string ContentSaved = "content.saved";
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string ContentRemoved = "content.removed";
    public const string ContentRestored = "content.restored";
    public const string WorkflowStep = "workflow.step";
    public const string WorkflowDecision = "workflow.decision";
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string LoginLockedOut = "login.lockedout";
    public const string UserCreated = "user.created";
    public const string UserChanged = "user.changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string RoleCreated = "role.created";
    public const string RoleChanged = "role.changed";
    public const string RoleDeleted = "role.deleted";
    public const string CommitteeMembership = "committee.membership";
    public const string AuditPurged = "audit.purged";

    public static string CategoryOf(string kind) => kind.Split('.', 2)[0];
}
