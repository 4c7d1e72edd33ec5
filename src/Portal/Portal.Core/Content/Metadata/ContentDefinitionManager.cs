using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content.Metadata;

/// <summary>
/// Reads definitions from the database once and serves them from a process-wide cache that each
/// change replaces.
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
        cache.Invalidate();
        return definition;
    }

    public async Task DeleteTypeDefinitionAsync(string name)
    {
        await db.ContentTypes.Where(t => t.Name == name).ExecuteDeleteAsync();
        cache.Invalidate();
    }

    private async Task<IReadOnlyDictionary<string, ContentTypeDefinition>> LoadAsync()
    {
        if (cache.Current is { } current)
        {
            return current;
        }

        var generation = cache.Generation;
        var records = await db.ContentTypes.AsNoTracking().ToListAsync();
        var loaded = records.ToDictionary(r => r.Name, r => Deserialize(r.Json), StringComparer.Ordinal);
        cache.Set(loaded, generation);
        return loaded;
    }

    private static ContentTypeDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<ContentTypeDefinition>(json, ContentSerializer.Options)
        ?? throw new InvalidDataException("A stored content type definition is empty.");
}

/// <summary>Process-wide cache of the definitions. Callers must not mutate what they get.</summary>
internal sealed class ContentDefinitionCache
{
    private readonly Lock _lock = new();
    private IReadOnlyDictionary<string, ContentTypeDefinition>? _current;
    private int _generation;

    public IReadOnlyDictionary<string, ContentTypeDefinition>? Current => Volatile.Read(ref _current);

    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Keeps what was read, unless a change was saved while it was being read.</summary>
    public void Set(IReadOnlyDictionary<string, ContentTypeDefinition> definitions, int readAtGeneration)
    {
        lock (_lock)
        {
            if (_generation == readAtGeneration)
            {
                _current = definitions;
            }
        }
    }

    public void Invalidate()
    {
        lock (_lock)
        {
            _generation++;
            _current = null;
        }
    }
}
