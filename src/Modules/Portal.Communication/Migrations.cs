using Portal.Communication.Indexes;
using Portal.Core.Data.Migrations;

namespace Portal.Communication;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(StoryIndex), typeof(StoryTagIndex));

        await ContentDefinitions.AlterTypeDefinitionAsync(CommunicationTypes.StoryArea, type => type
            .DisplayedAs("Område")
            .Describe("Et område af kommunen, som historier handler om, fx Socialområdet eller Sundhed og Omsorg.")
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("StoryAreaPart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(CommunicationTypes.Story, type => type
            .DisplayedAs("Historie")
            .Describe("En god historie om at arbejde i kommunen, med hovedbillede, område, faggruppe og emner.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("StoryPart"));

        await DefineStrategyAsync();

        // A fresh database is at the latest version.
        return 2;
    }

    /// <summary>Version 2: the communication strategy.</summary>
    public async Task<int> UpdateFrom1Async()
    {
        await DefineStrategyAsync();
        return 2;
    }

    private async Task DefineStrategyAsync() =>
        await ContentDefinitions.AlterTypeDefinitionAsync(CommunicationTypes.Strategy, type => type
            .DisplayedAs("Kommunikationsstrategi")
            .Describe("Mål, målgrupper, kanaler med prioritet og ejer, central og decentral ansvarsfordeling og de anbefalinger, strategien svarer på.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("CommunicationStrategyPart"));
}
