using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Data;

namespace Portal.Core.Content.Metadata;

/// <summary>
/// Reads definitions from the database once and serves them from a process-wide cache until the next
/// committed write, on this node or another.
/// </summary>
internal sealed class ContentDefinitionManager(PortalDbContext db, ContentDefinitionCache cache) : IContentDefinitionManager
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync() =>
        [.. (await LoadAsync()).Values.OrderBy(d => d.DisplayName, StringComparer.CurrentCulture)];

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name) =>
        (await LoadAsync()).GetValueOrDefault(name);

    public async Task<ContentTypeDefinition> AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterUpper(name[0]))
        {
            throw new ArgumentException("A content type name is ASCII letters and digits, starting with a capital letter.", nameof(name));
        }

        var record = await db.ContentTypes.FirstOrDefaultAsync(t => t.Name == name);
        var definition = record is null
            ? new ContentTypeDefinition { Name = name, DisplayName = name }
            : Deserialize(record.Json);

        alter(new ContentTypeDefinitionBuilder(definition));

        var json = JsonSerializer.Serialize(definition, ContentSerializer.Options);
        if (record is null)
        {
            db.ContentTypes.Add(new ContentTypeRecord { Name = name, Json = json });
        }
        else
        {
            record.Json = json;
            record.ConcurrencyStamp = Guid.NewGuid();
        }

        await db.SaveChangesAsync();
        cache.Definitions.Reset();
        return definition;
    }

    public async Task DeleteTypeDefinitionAsync(string name)
    {
        // Tracked, not ExecuteDelete: the save is what tells the caches here and on the other nodes.
        if (await db.ContentTypes.FirstOrDefaultAsync(t => t.Name == name) is { } record)
        {
            db.ContentTypes.Remove(record);
            await db.SaveChangesAsync();
        }

        cache.Definitions.Reset();
    }

    private Task<IReadOnlyDictionary<string, ContentTypeDefinition>> LoadAsync() =>
        cache.Definitions.GetAsync(async () =>
        {
            var records = await db.ContentTypes.AsNoTracking().ToListAsync();
            return records.ToDictionary(r => r.Name, r => Deserialize(r.Json), StringComparer.Ordinal);
        });

    private static ContentTypeDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<ContentTypeDefinition>(json, ContentSerializer.Options)
        ?? throw new InvalidDataException("A stored content type definition is empty.");
}

/// <summary>Process-wide cache of the definitions. Callers must not mutate what they get.</summary>
internal sealed class ContentDefinitionCache(ReadCacheSignal signal)
{
    public UntilNextWrite<IReadOnlyDictionary<string, ContentTypeDefinition>> Definitions { get; } = new(signal);
}
