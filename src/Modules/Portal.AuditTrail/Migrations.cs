using Portal.AuditTrail.Models;
using Portal.Core.Data.Migrations;

namespace Portal.AuditTrail;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(AuditRecord));
        return 1;
    }
}
