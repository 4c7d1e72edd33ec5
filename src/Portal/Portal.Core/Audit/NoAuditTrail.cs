namespace Portal.Core.Audit;

/// <summary>Records nothing: the platform's default until the audit trail module replaces it.</summary>
internal sealed class NoAuditTrail : IAuditTrail
{
    public void Add(AuditEvent auditEvent)
    {
    }

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
