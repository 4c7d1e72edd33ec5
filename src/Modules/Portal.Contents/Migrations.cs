using Portal.Contents.Indexes;
using Portal.Core.Data.Migrations;

namespace Portal.Contents;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(AutorouteIndex));

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

        return 1;
    }
}
