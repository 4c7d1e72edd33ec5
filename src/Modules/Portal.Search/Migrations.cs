using Portal.Core.Data.Migrations;
using Portal.Search.Models;

namespace Portal.Search;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(SearchIndexTask), typeof(SearchNode));
        return 1;
    }
}
