using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Models;

namespace Portal.Workflows.Engine;

/// <summary>A workflow type's version with its definition read.</summary>
public sealed record LoadedType(WorkflowType Type, WorkflowDefinition Definition);

/// <summary>Workflow types: read, validated and saved as new versions.</summary>
/// <remarks>Read on every content event (by a content handler), so it depends on nothing that needs the content manager; validation is the caller's.</remarks>
public sealed class WorkflowTypeStore(PortalDbContext db, IMemoryCache cache, ReadCacheSignal signal, TimeProvider clock)
{
    private const string EnabledKey = "workflows:enabled-types";

    /// <summary>The latest version of every type, by name.</summary>
    public async Task<IReadOnlyList<WorkflowType>> LatestAsync() =>
        await db.Set<WorkflowType>().AsNoTracking().Where(t => t.Latest).OrderBy(t => t.Name).ToListAsync();

    public async Task<LoadedType?> LatestAsync(string workflowTypeId) =>
        await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId && t.Latest) is { } type
            ? new LoadedType(type, WorkflowDefinition.Parse(type.Definition))
            : null;

    /// <summary>A version as a running workflow uses it; versions never change, so they are kept in memory.</summary>
    public async Task<LoadedType?> VersionAsync(string workflowTypeId, int version)
    {
        var key = $"workflows:type:{workflowTypeId}:{version}";
        if (cache.TryGetValue(key, out LoadedType? loaded))
        {
            return loaded;
        }

        var type = await db.Set<WorkflowType>().AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId && t.Version == version);
        if (type is null)
        {
            return null;
        }

        loaded = new LoadedType(type, WorkflowDefinition.Parse(type.Definition));
        cache.Set(key, loaded, TimeSpan.FromHours(1));
        return loaded;
    }

    /// <summary>The enabled types (latest versions), asked on every content event: kept until the next write.</summary>
    public async Task<IReadOnlyList<LoadedType>> EnabledAsync()
    {
        var generation = signal.Generation;
        if (cache.TryGetValue(EnabledKey, out (long Generation, IReadOnlyList<LoadedType> Types) cached) && cached.Generation == generation)
        {
            return cached.Types;
        }

        // Any write makes this stale, and an event follows a write: ask only which versions are
        // enabled, and take each (versions never change) from memory when it was read before.
        var enabled = await db.Set<WorkflowType>().AsNoTracking()
            .Where(t => t.Latest && t.Enabled)
            .Select(t => new { t.WorkflowTypeId, t.Version })
            .ToListAsync();
        List<LoadedType> loaded = [];
        foreach (var type in enabled)
        {
            if (await VersionAsync(type.WorkflowTypeId, type.Version) is { } version)
            {
                loaded.Add(version);
            }
        }

        cache.Set(EnabledKey, (generation, (IReadOnlyList<LoadedType>)loaded), TimeSpan.FromMinutes(5));
        return loaded;
    }

    /// <summary>Saves a valid type as its next version (or the first, with a new id or the one given).</summary>
    internal async Task<WorkflowType> SaveValidAsync(string? workflowTypeId, string name, bool enabled, WorkflowDefinition definition, string? userName)
    {
        var set = db.Set<WorkflowType>();
        var id = string.IsNullOrEmpty(workflowTypeId) ? IdGenerator.NewId() : workflowTypeId;
        var current = await set.FirstOrDefaultAsync(t => t.WorkflowTypeId == id && t.Latest);
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        try
        {
            if (current is not null)
            {
                current.Latest = false;
                await db.SaveChangesAsync();
            }

            var saved = new WorkflowType
            {
                WorkflowTypeId = id,
                Name = name.Trim(),
                Version = (current?.Version ?? 0) + 1,
                Latest = true,
                Enabled = enabled,
                Definition = definition.ToJson(),
                ModifiedUtc = clock.GetUtcNow().UtcDateTime,
                ModifiedBy = userName,
            };
            set.Add(saved);
            await db.SaveChangesAsync();
            if (owned is not null)
            {
                await owned.CommitAsync();
            }

            cache.Remove(EnabledKey);
            return saved;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>Turns a type on or off without a new version: running workflows are not affected.</summary>
    public async Task<bool> SetEnabledAsync(string workflowTypeId, bool enabled)
    {
        var changed = await db.Set<WorkflowType>()
            .Where(t => t.WorkflowTypeId == workflowTypeId && t.Latest)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Enabled, enabled));
        cache.Remove(EnabledKey);

        // Every node keeps the enabled types until the next write; this is one they must hear of.
        await signal.ChangedAsync();
        return changed == 1;
    }
}
