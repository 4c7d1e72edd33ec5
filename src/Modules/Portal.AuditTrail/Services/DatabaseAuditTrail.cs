using Microsoft.AspNetCore.Http;
using Portal.AuditTrail.Models;
using Portal.Core.Audit;
using Portal.Core.Data;

namespace Portal.AuditTrail.Services;

/// <summary>Writes records into the caller's <see cref="PortalDbContext"/>, so they commit with the change they record.</summary>
internal sealed class DatabaseAuditTrail(PortalDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditTrail
{
    public const string SystemUser = "system";

    public void Add(AuditEvent auditEvent)
    {
        var http = httpContextAccessor.HttpContext;
        db.Set<AuditRecord>().Add(new AuditRecord
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Kind = auditEvent.Kind,
            Category = AuditKinds.CategoryOf(auditEvent.Kind),
            UserName = Cut(auditEvent.UserName ?? http?.User.Identity?.Name ?? SystemUser, 256)!,
            ContentItemId = auditEvent.ContentItemId,
            ContentItemVersionId = auditEvent.ContentItemVersionId,
            ContentVersion = auditEvent.ContentVersion,
            ContentType = Cut(auditEvent.ContentType, 100),
            ContentTitle = Cut(auditEvent.ContentTitle, AuditRecord.TitleLength),
            Summary = Cut(auditEvent.Summary, AuditRecord.SummaryLength)!,
            Fields = auditEvent.Fields.Count == 0 ? null : Cut(string.Join(AuditRecord.FieldSeparator, auditEvent.Fields), AuditRecord.FieldsLength),
            Comment = Cut(auditEvent.Comment, AuditRecord.CommentLength),
            RemoteIp = http?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        Add(auditEvent);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? text, int length) =>
        text is null || text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
