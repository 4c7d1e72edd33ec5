namespace Portal.Core.Data;

/// <summary>A named JSON document for site-wide singletons such as site settings.</summary>
public sealed class Document
{
    public required string Name { get; set; }

    public required string Json { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

/// <summary>Which migration step each module (and the platform) has reached.</summary>
public sealed class SchemaVersion
{
    public required string ModuleId { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
