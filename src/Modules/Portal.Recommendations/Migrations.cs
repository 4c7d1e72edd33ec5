using Portal.Core.Data.Migrations;
using Portal.Med;
using Portal.Recommendations.Indexes;

namespace Portal.Recommendations;

public sealed class Migrations : DataMigration
{
    public async Task<int> CreateAsync()
    {
        await Schema.CreateTablesForAsync(typeof(RecommendationIndex), typeof(RelatedItemIndex), typeof(InitiativeIndex), typeof(FollowUpIndex));

        await ContentDefinitions.AlterTypeDefinitionAsync(RecommendationTypes.Theme, type => type
            .DisplayedAs("Tema")
            .Describe("Et tema, som anbefalinger samles under, med den tekst, der indleder temaet i en rapport.")
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("ThemePart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(RecommendationTypes.Report, type => type
            .DisplayedAs("Rapport med anbefalinger")
            .Describe("En rapport med indledning og anbefalinger, fx fra et §17, stk. 4-udvalg.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("RecommendationReportPart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(RecommendationTypes.Recommendation, type => type
            .DisplayedAs("Anbefaling")
            .Describe("En anbefaling med formål, mål, indsatser, opfølgning, baseline, økonomi og næste step.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("RecommendationPart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(RecommendationTypes.Strategy, type => type
            .DisplayedAs("Strategi")
            .Describe("En strategi med indsatsområder og en handleplan af initiativer, der følges op hvert kvartal.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("StrategyPart"));

        await ContentDefinitions.AlterTypeDefinitionAsync(RecommendationTypes.Initiative, type => type
            .DisplayedAs("Initiativ")
            .Describe("Et initiativ i en strategis handleplan med tovholder og indsatsområde.")
            .Draftable()
            .Versionable()
            .Listable()
            .Creatable()
            .WithPart("TitlePart")
            .WithPart("InitiativePart"));

        // Recorded on the strategy's follow-up page only, so the generic admin does not list it.
        await ContentDefinitions.AlterTypeDefinitionAsync(RecommendationTypes.FollowUp, type => type
            .DisplayedAs("Kvartalsopfølgning")
            .Describe("En strategis opfølgning for ét kvartal: hvert initiativs status og beskrivelse.")
            .Versionable()
            .WithPart("TitlePart")
            .WithPart("QuarterlyFollowUpPart"));

        // An agenda item shows the recommendations and strategies that name it.
        await ContentDefinitions.AlterTypeDefinitionAsync(MedTypes.AgendaItem, type => type.WithPart("RelatedRecommendationsPart"));

        return 1;
    }
}
