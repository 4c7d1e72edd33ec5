using Portal.Core.Data.Migrations;
using Portal.Media.Models;

namespace Portal.Media;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(Attachment));
        return 1;
    }
}
