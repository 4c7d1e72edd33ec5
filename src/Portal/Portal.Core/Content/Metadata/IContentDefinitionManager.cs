namespace Portal.Core.Content.Metadata;

public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync();

    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name);

    Task<ContentTypeDefinition> AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter);

    Task DeleteTypeDefinitionAsync(string name);
}
