namespace Portal.Core.Content.Metadata;

/// <summary>A content type: its parts, its run-time fields and its settings. Stored as data.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; init; }

    public string DisplayName { get; set; } = "";

    public ContentTypeSettings Settings { get; set; } = new();

    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    public List<ContentFieldDefinition> Fields { get; set; } = [];

    public bool HasPart(string partName) => Parts.Any(p => p.Name == partName);

    public ContentFieldDefinition? GetField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

public sealed class ContentTypeSettings
{
    /// <summary>Edits are saved as a draft beside the published version until published.</summary>
    public bool Draftable { get; set; }

    /// <summary>Every save makes a new version, so the history can be compared and restored.</summary>
    public bool Versionable { get; set; }

    /// <summary>Appears in the generic content admin.</summary>
    public bool Listable { get; set; }

    /// <summary>Editors may create items of this type from the admin.</summary>
    public bool Creatable { get; set; }

    /// <summary>Has permissions of its own, beyond the generic content permissions.</summary>
    public bool Securable { get; set; }

    public string Description { get; set; } = "";
}

public sealed class ContentTypePartDefinition
{
    public required string Name { get; init; }

    public int Position { get; set; }

    public Dictionary<string, string> Settings { get; set; } = [];
}

public sealed class ContentFieldDefinition
{
    public required string Name { get; init; }

    public string DisplayName { get; set; } = "";

    /// <summary>One of <see cref="Fields.FieldTypes"/>.</summary>
    public required string FieldType { get; init; }

    public string Hint { get; set; } = "";

    public bool Required { get; set; }

    public int Position { get; set; }

    /// <summary>For content pickers: the types that may be picked (empty means any listable type).</summary>
    public List<string> AllowedContentTypes { get; set; } = [];

    public bool Multiple { get; set; }
}

/// <summary>How a definition is stored.</summary>
public sealed class ContentTypeRecord
{
    public required string Name { get; set; }

    public required string Json { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
