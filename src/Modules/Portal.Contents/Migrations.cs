using Portal.Contents.Following;
using Portal.Contents.Indexes;
using Portal.Contents.Scheduling;
using Portal.Core.Data.Migrations;

namespace Portal.Contents;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(AutorouteIndex), typeof(ScheduledChange), typeof(ContentFollow));

        await ContentDefinitions.AlterTypeDefinitionAsync("Page", type => type
            .DisplayedAs("Side")
            .Describe("En side med titel, adresse og formateret tekst.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("AutoroutePart")
            .WithPart("HtmlBodyPart"));

        // Tables are created in their current shape, so a fresh database is at the latest version.
        return 3;
    }

    /// <summary>Version 2: the database refuses a second item published on the same address.</summary>
    public async Task<int> UpdateFrom1Async()
    {
        await Schema.AlterAsync(m =>
        {
            m.AddColumn<string>(nameof(AutorouteIndex.PublishedPath), "AutorouteIndex", maxLength: 300, nullable: true);

            // Items that already share a published address: it stays with the item whose row was
            // written first; the others stay published (at /content/{id}) but are no longer found by
            // the address until an editor gives them a free one.
            m.Sql("""
                UPDATE "AutorouteIndex" SET "PublishedPath" = "Path"
                WHERE "Published" AND "Id" = (SELECT MIN(o."Id") FROM "AutorouteIndex" AS o WHERE o."Path" = "AutorouteIndex"."Path" AND o."Published")
                """);
            m.CreateIndex(AutorouteIndexModel.PublishedPathIndex, "AutorouteIndex", nameof(AutorouteIndex.PublishedPath), unique: true, filter: "\"PublishedPath\" IS NOT NULL");
        });
        return 2;
    }

    /// <summary>Version 3: publishing planned ahead, and what employees follow.</summary>
    public async Task<int> UpdateFrom2Async()
    {
        await Schema.CreateTablesForAsync(typeof(ScheduledChange), typeof(ContentFollow));
        return 3;
    }
}
