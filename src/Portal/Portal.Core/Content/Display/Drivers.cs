using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;

namespace Portal.Core.Content.Display;

public interface IContentPartDisplayDriver
{
    string PartName { get; }

    Task<DisplayResult?> DisplayAsync(BuildContext context);

    Task<DisplayResult?> EditAsync(BuildContext context);

    /// <summary>Binds the posted values into the item. Adds model errors for bad input.</summary>
    Task<DisplayResult?> UpdateAsync(BuildContext context, IUpdateModel updater);
}

/// <summary>
/// A part's display and editor, as an Orchard driver: each method returns the partial view to
/// render, or null for nothing.
/// </summary>
public abstract class ContentPartDisplayDriver<TPart> : IContentPartDisplayDriver
    where TPart : ContentPart, new()
{
    public virtual string PartName => typeof(TPart).Name;

    Task<DisplayResult?> IContentPartDisplayDriver.DisplayAsync(BuildContext context) =>
        DisplayAsync(context.ContentItem.As<TPart>(PartName), context);

    Task<DisplayResult?> IContentPartDisplayDriver.EditAsync(BuildContext context) =>
        EditAsync(context.ContentItem.As<TPart>(PartName), context);

    async Task<DisplayResult?> IContentPartDisplayDriver.UpdateAsync(BuildContext context, IUpdateModel updater)
    {
        var part = context.ContentItem.As<TPart>(PartName);
        var editor = await UpdateEditorAsync(part, context, updater);
        context.ContentItem.Apply(PartName, part);
        return editor;
    }

    protected virtual DisplayResult? Display(TPart part, BuildContext context) => null;

    /// <summary>For a display that reads more than the part, e.g. what other items say about this one.</summary>
    protected virtual Task<DisplayResult?> DisplayAsync(TPart part, BuildContext context) => Task.FromResult(Display(part, context));

    protected virtual DisplayResult? Edit(TPart part, BuildContext context) => null;

    protected virtual Task<DisplayResult?> EditAsync(TPart part, BuildContext context) => Task.FromResult(Edit(part, context));

    /// <summary>
    /// Binds the posted values into the part and returns the editor to show again when something
    /// must be corrected. Override it to show the values as they were typed.
    /// </summary>
    protected virtual async Task<DisplayResult?> UpdateEditorAsync(TPart part, BuildContext context, IUpdateModel updater)
    {
        await UpdateAsync(part, context, updater);
        return await EditAsync(part, context);
    }

    protected virtual Task UpdateAsync(TPart part, BuildContext context, IUpdateModel updater) => Task.CompletedTask;

    protected DisplayResult View(string viewName, object model, int position = 0, string zone = "Content") =>
        new(viewName, model, PartName, position, zone);
}

public interface IContentFieldDisplayDriver
{
    string FieldType { get; }

    Task<DisplayResult?> DisplayAsync(ContentFieldDefinition field, BuildContext context);

    Task<DisplayResult> EditAsync(ContentFieldDefinition field, BuildContext context);

    Task<DisplayResult> UpdateAsync(ContentFieldDefinition field, BuildContext context, IUpdateModel updater);
}

/// <summary>A run-time field's display and editor. Field values live under <c>Fields.{Name}</c>.</summary>
public abstract class ContentFieldDisplayDriver<TField> : IContentFieldDisplayDriver
    where TField : ContentField, new()
{
    public string FieldType => typeof(TField).Name;

    public Task<DisplayResult?> DisplayAsync(ContentFieldDefinition field, BuildContext context) =>
        DisplayAsync(context.ContentItem.GetField<TField>(field.Name), field, context);

    public Task<DisplayResult> EditAsync(ContentFieldDefinition field, BuildContext context) =>
        EditAsync(context.ContentItem.GetField<TField>(field.Name), field, context);

    public async Task<DisplayResult> UpdateAsync(ContentFieldDefinition field, BuildContext context, IUpdateModel updater)
    {
        var value = context.ContentItem.GetField<TField>(field.Name);
        await UpdateAsync(value, field, context, updater);
        context.ContentItem.SetField(field.Name, value);
        return await EditAsync(value, field, context);
    }

    protected static string PrefixOf(ContentFieldDefinition field) => $"Fields.{field.Name}";

    protected virtual Task<DisplayResult?> DisplayAsync(TField value, ContentFieldDefinition field, BuildContext context) =>
        Task.FromResult(Display(value, field, context));

    protected virtual Task<DisplayResult> EditAsync(TField value, ContentFieldDefinition field, BuildContext context) =>
        Task.FromResult(Edit(value, field, context));

    protected virtual DisplayResult? Display(TField value, ContentFieldDefinition field, BuildContext context) => null;

    protected virtual DisplayResult Edit(TField value, ContentFieldDefinition field, BuildContext context) =>
        throw new InvalidOperationException($"{GetType().Name} must override Edit or EditAsync.");

    protected abstract Task UpdateAsync(TField value, ContentFieldDefinition field, BuildContext context, IUpdateModel updater);

    protected static DisplayResult View(string viewName, object model, ContentFieldDefinition field) =>
        new(viewName, model, PrefixOf(field), 1000 + field.Position);
}
