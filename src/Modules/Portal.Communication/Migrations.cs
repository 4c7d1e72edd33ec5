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

        return 1;
    }
}
