namespace Portal.Core.Content.Metadata;

/// <summary>Fluent changes to a content type, used by migrations and the admin.</summary>
public sealed class ContentTypeDefinitionBuilder(ContentTypeDefinition definition)
{
    public ContentTypeDefinition Definition { get; } = definition;

    public ContentTypeDefinitionBuilder DisplayedAs(string displayName)
    {
        Definition.DisplayName = displayName;
        return this;
    }

    public ContentTypeDefinitionBuilder Describe(string description)
    {
        Definition.Settings.Description = description;
        return this;
    }

    public ContentTypeDefinitionBuilder Draftable(bool value = true)
    {
        Definition.Settings.Draftable = value;
        return this;
    }

    public ContentTypeDefinitionBuilder Versionable(bool value = true)
    {
        Definition.Settings.Versionable = value;
        return this;
    }

    public ContentTypeDefinitionBuilder Listable(bool value = true)
    {
        Definition.Settings.Listable = value;
        return this;
    }

    public ContentTypeDefinitionBuilder Creatable(bool value = true)
    {
        Definition.Settings.Creatable = value;
        return this;
    }

    public ContentTypeDefinitionBuilder Securable(bool value = true)
    {
        Definition.Settings.Securable = value;
        return this;
    }

    public ContentTypeDefinitionBuilder WithPart(string partName, Action<ContentTypePartDefinition>? configure = null)
    {
        var part = Definition.Parts.FirstOrDefault(p => p.Name == partName);
        if (part is null)
        {
            part = new ContentTypePartDefinition { Name = partName, Position = Definition.Parts.Count };
            Definition.Parts.Add(part);
        }

        configure?.Invoke(part);
        return this;
    }

    public ContentTypeDefinitionBuilder RemovePart(string partName)
    {
        Definition.Parts.RemoveAll(p => p.Name == partName);
        return this;
    }

    public ContentTypeDefinitionBuilder WithField(string name, string fieldType, Action<ContentFieldDefinition>? configure = null)
    {
        var field = Definition.GetField(name);
        if (field is null)
        {
            field = new ContentFieldDefinition { Name = name, FieldType = fieldType, DisplayName = name, Position = Definition.Fields.Count };
            Definition.Fields.Add(field);
        }
        else if (field.FieldType != fieldType)
        {
            throw new InvalidOperationException($"Field '{name}' on '{Definition.Name}' is a {field.FieldType}; it cannot become a {fieldType}.");
        }

        configure?.Invoke(field);
        return this;
    }

    public ContentTypeDefinitionBuilder RemoveField(string name)
    {
        Definition.Fields.RemoveAll(f => f.Name == name);
        return this;
    }
}
