namespace Portal.AuditTrail.Models;

/// <summary>One recorded event. Written once; never changed or deleted, except by the retention purge.</summary>
public sealed class AuditRecord
{
    public const int SummaryLength = 500;
    public const int FieldsLength = 2000;
    public const int CommentLength = 4000;
    public const int TitleLength = 300;

    public long Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>One of <see cref="Portal.Core.Audit.AuditKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string Category { get; set; } = "";

    public string UserName { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? ContentItemVersionId { get; set; }

    public int? ContentVersion { get; set; }

    public string? ContentType { get; set; }

    public string? ContentTitle { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>The names of the changed fields, separated by <see cref="FieldSeparator"/>.</summary>
    public string? Fields { get; set; }

    public string? Comment { get; set; }

    public string? RemoteIp { get; set; }

    public const string FieldSeparator = ", ";
}
