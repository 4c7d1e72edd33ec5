using Portal.Core.Content.Metadata;

namespace Portal.Core.Content.Display;

public interface IContentDisplayManager
{
    /// <param name="exceptParts">Parts the caller shows itself (a module's own page); their drivers are skipped.</param>
    Task<ContentShape> BuildDisplayAsync(ContentItem item, string displayType = "Detail", IReadOnlyCollection<string>? exceptParts = null);

    /// <param name="exceptParts">Parts the caller edits with a form of its own; their drivers are skipped.</param>
    Task<ContentShape> BuildEditorAsync(ContentItem item, bool isNew, IReadOnlyCollection<string>? exceptParts = null);

    /// <summary>Binds posted values into <paramref name="item"/>; check <c>updater.ModelState</c> afterwards.</summary>
    /// <param name="exceptParts">Parts the caller edits with a form of its own; their drivers are skipped.</param>
    Task<ContentShape> UpdateEditorAsync(ContentItem item, IUpdateModel updater, bool isNew, IReadOnlyCollection<string>? exceptParts = null);
}

/// <summary>Asks the drivers of a type's parts and fields for their views.</summary>
internal sealed class ContentDisplayManager(
    IContentDefinitionManager definitions,
    IEnumerable<IContentPartDisplayDriver> partDrivers,
    IEnumerable<IContentFieldDisplayDriver> fieldDrivers) : IContentDisplayManager
{
    private readonly ILookup<string, IContentPartDisplayDriver> _partDrivers = partDrivers.ToLookup(d => d.PartName);
    private readonly Dictionary<string, IContentFieldDisplayDriver> _fieldDrivers = fieldDrivers.ToDictionary(d => d.FieldType);

    public async Task<ContentShape> BuildDisplayAsync(ContentItem item, string displayType = "Detail", IReadOnlyCollection<string>? exceptParts = null)
    {
        var context = new BuildContext(item, await DefinitionOf(item), displayType, isNew: false);
        var results = new List<DisplayResult>();
        foreach (var driver in PartDriversOf(context.TypeDefinition, exceptParts))
        {
            Add(results, await driver.DisplayAsync(context));
        }

        foreach (var (field, driver) in FieldDriversOf(context.TypeDefinition))
        {
            Add(results, await driver.DisplayAsync(field, context));
        }

        return Shape(item, results);
    }

    public async Task<ContentShape> BuildEditorAsync(ContentItem item, bool isNew, IReadOnlyCollection<string>? exceptParts = null)
    {
        var context = new BuildContext(item, await DefinitionOf(item), "Edit", isNew);
        var results = new List<DisplayResult>();
        foreach (var driver in PartDriversOf(context.TypeDefinition, exceptParts))
        {
            Add(results, await driver.EditAsync(context));
        }

        foreach (var (field, driver) in FieldDriversOf(context.TypeDefinition))
        {
            results.Add(await driver.EditAsync(field, context));
        }

        return Shape(item, results);
    }

    public async Task<ContentShape> UpdateEditorAsync(ContentItem item, IUpdateModel updater, bool isNew, IReadOnlyCollection<string>? exceptParts = null)
    {
        var context = new BuildContext(item, await DefinitionOf(item), "Edit", isNew);
        var results = new List<DisplayResult>();
        foreach (var driver in PartDriversOf(context.TypeDefinition, exceptParts))
        {
            Add(results, await driver.UpdateAsync(context, updater));
        }

        foreach (var (field, driver) in FieldDriversOf(context.TypeDefinition))
        {
            results.Add(await driver.UpdateAsync(field, context, updater));
        }

        return Shape(item, results);
    }

    private async Task<ContentTypeDefinition> DefinitionOf(ContentItem item) =>
        await definitions.GetTypeDefinitionAsync(item.ContentType)
        ?? throw new InvalidOperationException($"Content type '{item.ContentType}' is not defined.");

    private IEnumerable<IContentPartDisplayDriver> PartDriversOf(ContentTypeDefinition definition, IReadOnlyCollection<string>? exceptParts = null) =>
        definition.Parts.OrderBy(p => p.Position).Where(p => exceptParts?.Contains(p.Name) != true).SelectMany(p => _partDrivers[p.Name]);

    private IEnumerable<(ContentFieldDefinition Field, IContentFieldDisplayDriver Driver)> FieldDriversOf(ContentTypeDefinition definition) =>
        definition.Fields.OrderBy(f => f.Position)
            .Where(f => _fieldDrivers.ContainsKey(f.FieldType))
            .Select(f => (f, _fieldDrivers[f.FieldType]));

    private static void Add(List<DisplayResult> results, DisplayResult? result)
    {
        if (result is not null)
        {
            results.Add(result);
        }
    }

    private static ContentShape Shape(ContentItem item, List<DisplayResult> results) =>
        new(item, [.. results.OrderBy(r => r.Position)]);
}
