using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Core.Content;

/// <summary>
/// One version of a content item. All versions of an item share <see cref="ContentItemId"/>;
/// at most one is <see cref="Published"/> and one is <see cref="Latest"/>.
/// Parts and fields live in <see cref="Content"/>, a JSON document stored in <see cref="Data"/>.
/// </summary>
public sealed class ContentItem
{
    private JsonObject? _content;

    /// <summary>Row id of this version.</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    /// <summary>1, 2, 3 … per item, in the order versions were made.</summary>
    public int Number { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>Why this version exists when it is not an ordinary save (restored, conflict, …).</summary>
    public string? Comment { get; set; }

    /// <summary>Changes on every save; a save based on an older stamp is refused.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The serialized <see cref="Content"/>. Written by the content manager on save.</summary>
    public string Data { get; set; } = "{}";

    public JsonObject Content
    {
        get => _content ??= JsonNode.Parse(Data) as JsonObject ?? [];
        set => _content = value;
    }

    /// <summary>Writes <see cref="Content"/> into <see cref="Data"/>.</summary>
    public void SerializeContent()
    {
        if (_content is not null)
        {
            Data = _content.ToJsonString(ContentSerializer.Options);
        }
    }

    public TPart As<TPart>()
        where TPart : ContentPart, new() => As<TPart>(typeof(TPart).Name);

    public TPart As<TPart>(string partName)
        where TPart : ContentPart, new() =>
        Content[partName]?.Deserialize<TPart>(ContentSerializer.Options) ?? new TPart();

    public bool Has(string partName) => Content.ContainsKey(partName);

    public ContentItem Apply<TPart>(TPart part)
        where TPart : ContentPart => Apply(typeof(TPart).Name, part);

    public ContentItem Apply<TPart>(string partName, TPart part)
        where TPart : ContentPart
    {
        Content[partName] = JsonSerializer.SerializeToNode(part, ContentSerializer.Options);
        return this;
    }

    public ContentItem Alter<TPart>(Action<TPart> alter)
        where TPart : ContentPart, new()
    {
        var part = As<TPart>();
        alter(part);
        return Apply(part);
    }

    /// <summary>A fresh copy of this version's content, for building the next version.</summary>
    public JsonObject CloneContent() => (JsonObject)Content.DeepClone();
}
