using Portal.Core.Data.Migrations;
using Portal.Med.Indexes;

namespace Portal.Med;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(CommitteeIndex), typeof(CommitteeMemberIndex), typeof(MeetingIndex), typeof(AgendaItemIndex), typeof(DecisionIndex));

        await ContentDefinitions.AlterTypeDefinitionAsync(MedTypes.Committee, type => type
            .DisplayedAs("Udvalg")
            .Describe("Et MED-udvalg eller et politisk udvalg med medlemmer og plads i hierarkiet.")
            .Versionable()
            .WithPart("TitlePart")
            .WithPart("CommitteePart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(MedTypes.Meeting, type => type
            .DisplayedAs("Møde")
            .Describe("Et møde i et udvalg med dagsorden, fremmøde og referat.")
            .Draftable()
            .Versionable()
            .WithPart("TitlePart", GeneratedTitle)
            .WithPart("MeetingPart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(MedTypes.AgendaItem, type => type
            .DisplayedAs("Dagsordenspunkt")
            .Describe("Et punkt på et mødes dagsorden, med indstilling, beslutning og bilag.")
            .Draftable()
            .Versionable()
            .WithPart("TitlePart")
            .WithPart("AgendaItemPart"));

        // Tables are created in their current shape, so a fresh database is at the latest version.
        return 3;
    }

    /// <summary>Version 2: the release job finds confidential items by their time.</summary>
    public async Task<int> UpdateFrom1Async()
    {
        await Schema.AlterAsync(m =>
        {
            m.AddColumn<DateTime>("ConfidentialUntilUtc", "AgendaItemIndex", nullable: true);
            m.CreateIndex("IX_AgendaItemIndex_Published_ConfidentialUntilUtc", "AgendaItemIndex", ["Published", "ConfidentialUntilUtc"]);
        });
        return 2;
    }

    /// <summary>
    /// Version 3: version 2 added the column but left it empty for the items that already existed,
    /// so an item shared in confidence before then was never opened; their index rows get the time.
    /// And a meeting's title is made from its committee and day, so it has no title editor.
    /// </summary>
    public async Task<int> UpdateFrom2Async()
    {
        await ReindexAsync(MedTypes.AgendaItem);
        await ContentDefinitions.AlterTypeDefinitionAsync(MedTypes.Meeting, type => type.WithPart("TitlePart", GeneratedTitle));
        return 3;
    }

    private static void GeneratedTitle(Portal.Core.Content.Metadata.ContentTypePartDefinition part) =>
        part.Settings[Portal.Contents.Models.TitlePart.GeneratedSetting] = "true";
}
