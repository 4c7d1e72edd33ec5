using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Site;

public sealed class SiteSettings
{
    public string SiteName { get; set; } = "MED-portalen";

    /// <summary>Set once the site has been set up (by the setup page or a recipe).</summary>
    public bool IsSetUp { get; set; }

    public DateTime? SetUpUtc { get; set; }
}

public interface ISiteService
{
    Task<SiteSettings> GetAsync();

    Task SaveAsync(SiteSettings settings);
}

/// <summary>Site settings live in the Documents table and are cached until the next committed write, on this node or another.</summary>
internal sealed class SiteService(PortalDbContext db, SiteSettingsCache cache) : ISiteService
{
    private const string DocumentName = "SiteSettings";

    public Task<SiteSettings> GetAsync() =>
        cache.Settings.GetAsync(
            async () =>
            {
                var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == DocumentName);
                return document is null
                    ? new SiteSettings()
                    : JsonSerializer.Deserialize<SiteSettings>(document.Json, ContentSerializer.Options) ?? new SiteSettings();
            },
            // Until set-up, every request asks again: the setup page must not be answered from memory.
            keep: settings => settings.IsSetUp);

    public async Task SaveAsync(SiteSettings settings)
    {
        var json = JsonSerializer.Serialize(settings, ContentSerializer.Options);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Name == DocumentName);
        if (document is null)
        {
            db.Documents.Add(new Document { Name = DocumentName, Json = json });
        }
        else
        {
            document.Json = json;
            document.ConcurrencyStamp = Guid.NewGuid();
        }

        await db.SaveChangesAsync();
        cache.Settings.Reset();
    }
}

internal sealed class SiteSettingsCache(ReadCacheSignal signal)
{
    public UntilNextWrite<SiteSettings> Settings { get; } = new(signal);
}
