using Portal.Communication.Indexes;
using Portal.Core.Data.Migrations;
using Portal.Med;

namespace Portal.Communication;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(StoryIndex), typeof(StoryTagIndex), typeof(StoryFromMeetingIndex));

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
        await FromTheMeetingAsync();

        // Tables are created in their current shape, so a fresh database is at the latest version.
        return 2;
    }

    /// <summary>Version 2: the communication strategy, and a meeting's "Kommunikation fra mødet" as a story draft, linked both ways.</summary>
    public async Task<int> UpdateFrom1Async()
    {
        await Schema.CreateTablesForAsync(typeof(StoryFromMeetingIndex));
        await DefineStrategyAsync();
        await FromTheMeetingAsync();
        return 2;
    }

    private async Task FromTheMeetingAsync()
    {
        await ContentDefinitions.AlterTypeDefinitionAsync(CommunicationTypes.Story, type => type.WithPart("StoryFromMeetingPart"));

        // An agenda item can be the meeting's "Kommunikation fra mødet"; its page shows the story made of it.
        await ContentDefinitions.AlterTypeDefinitionAsync(MedTypes.AgendaItem, type => type.WithPart("MeetingCommunicationPart"));
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
