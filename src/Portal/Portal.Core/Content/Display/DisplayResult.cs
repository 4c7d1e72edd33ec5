using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Core.Content.Display;

/// <summary>A partial view and its model, produced by a driver for one part or field.</summary>
public sealed record DisplayResult(string ViewName, object Model, string Prefix, int Position = 0, string Zone = "Content");

/// <summary>Everything the drivers produced for one item, in position order.</summary>
public sealed class ContentShape(ContentItem item, IReadOnlyList<DisplayResult> results)
{
    public ContentItem ContentItem { get; } = item;

    public IReadOnlyList<DisplayResult> Results { get; } = results;

    public IEnumerable<DisplayResult> Zone(string zone) => Results.Where(r => r.Zone == zone);

}

/// <summary>Binds and validates posted editor values. Implemented over a controller.</summary>
public interface IUpdateModel
{
    ModelStateDictionary ModelState { get; }

    Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix)
        where TModel : class;
}

public sealed class BuildContext(ContentItem item, Metadata.ContentTypeDefinition definition, string displayType, bool isNew)
{
    public ContentItem ContentItem { get; } = item;

    public Metadata.ContentTypeDefinition TypeDefinition { get; } = definition;

    /// <summary>"Detail", "Summary" or "Edit".</summary>
    public string DisplayType { get; } = displayType;

    public bool IsNew { get; } = isNew;
}
