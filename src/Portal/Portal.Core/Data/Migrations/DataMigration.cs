using Portal.Core.Content.Indexing;
using Portal.Core.Content.Metadata;

namespace Portal.Core.Data.Migrations;

/// <summary>
/// A module's <c>Migrations.cs</c>: numbered steps that each run once, in a transaction.
/// <c>Task&lt;int&gt; CreateAsync()</c> runs on a fresh database: it creates the tables in their current
/// shape (from the model) and so returns the current version; <c>Task&lt;int&gt; UpdateFromNAsync()</c>
/// brings a database made by an older version N on, and returns the version it reaches.
/// </summary>
public abstract class DataMigration
{
    private SchemaBuilder? _schema;
    private IContentDefinitionManager? _definitions;
    private IndexRebuild? _indexes;

    protected SchemaBuilder Schema => _schema ?? throw new InvalidOperationException("Migrations run through the schema migrator only.");

    protected IContentDefinitionManager ContentDefinitions => _definitions ?? throw new InvalidOperationException("Migrations run through the schema migrator only.");

    /// <summary>
    /// Writes this module's index rows again for every version of <paramref name="contentType"/>:
    /// the data step after adding an index column, so content that already exists gets its value
    /// (a column that is only added is empty for every existing row). Returns how many versions.
    /// </summary>
    protected Task<int> ReindexAsync(string contentType) =>
        (_indexes ?? throw new InvalidOperationException("Migrations run through the schema migrator only.")).RebuildAsync(contentType);

    internal void Attach(SchemaBuilder schema, IContentDefinitionManager definitions, IndexRebuild indexes)
    {
        _schema = schema;
        _definitions = definitions;
        _indexes = indexes;
    }
}
