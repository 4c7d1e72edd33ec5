using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;
using Portal.Recommendations.Models;

namespace Portal.Recommendations.Indexes;

/// <summary>A report's recommendations, in number order.</summary>
public sealed class RecommendationIndex : ContentIndexRow
{
    public string ReportId { get; set; } = "";

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string ThemeId { get; set; } = "";

    public RecommendationStatus Status { get; set; }
}

/// <summary>One row per MED agenda item a recommendation or strategy names: how an item finds what it decided on.</summary>
public sealed class RelatedItemIndex : ContentIndexRow
{
    public string AgendaItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Title { get; set; } = "";
}

/// <summary>A strategy's action plan, in order.</summary>
public sealed class InitiativeIndex : ContentIndexRow
{
    public string StrategyId { get; set; } = "";

    public int Number { get; set; }

    public string? RecommendationId { get; set; }
}

/// <summary>A strategy's quarters; the database keeps one follow-up per strategy and quarter.</summary>
public sealed class FollowUpIndex : ContentIndexRow
{
    public string StrategyId { get; set; } = "";

    /// <summary>"2022Q4", which sorts as the quarters do.</summary>
    public string Quarter { get; set; } = "";

    /// <summary>"{strategy}/{quarter}" on the latest version, else null: the unique column.</summary>
    public string? LatestKey { get; set; }
}

internal sealed class RecommendationIndexModel : IDbModelContributor
{
    public const string LatestFollowUpIndex = "IX_FollowUpIndex_LatestKey";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.ContentIndexRow<RecommendationIndex>("RecommendationIndex", e =>
        {
            e.Property(r => r.ReportId).HasMaxLength(26);
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.ThemeId).HasMaxLength(26);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(50);
            e.HasIndex(r => new { r.ReportId, r.Published, r.Number });
        });
        modelBuilder.ContentIndexRow<RelatedItemIndex>("RelatedItemIndex", e =>
        {
            e.Property(r => r.AgendaItemId).HasMaxLength(26);
            e.Property(r => r.ContentType).HasMaxLength(100);
            e.Property(r => r.Title).HasMaxLength(500);
            e.HasIndex(r => new { r.AgendaItemId, r.Published });
        }, uniqueVersion: false);
        modelBuilder.ContentIndexRow<InitiativeIndex>("InitiativeIndex", e =>
        {
            e.Property(r => r.StrategyId).HasMaxLength(26);
            e.Property(r => r.RecommendationId).HasMaxLength(26);
            e.HasIndex(r => new { r.StrategyId, r.Published, r.Number });
            e.HasIndex(r => new { r.RecommendationId, r.Published });
        });
        modelBuilder.ContentIndexRow<FollowUpIndex>("FollowUpIndex", e =>
        {
            e.Property(r => r.StrategyId).HasMaxLength(26);
            e.Property(r => r.Quarter).HasMaxLength(6);
            e.Property(r => r.LatestKey).HasMaxLength(40);
            e.HasIndex(r => new { r.StrategyId, r.Published, r.Quarter });
            e.HasIndex(r => r.LatestKey).IsUnique().HasFilter("\"LatestKey\" IS NOT NULL").HasDatabaseName(LatestFollowUpIndex);
        });
    }
}

internal sealed class RecommendationIndexProvider : ContentIndexProvider<RecommendationIndex>
{
    protected override RecommendationIndex? Map(ContentItem version) =>
        version.ContentType != RecommendationTypes.Recommendation ? null : new RecommendationIndex
        {
            ReportId = version.As<RecommendationPart>().ReportId,
            Number = version.As<RecommendationPart>().Number,
            Title = version.DisplayText,
            ThemeId = version.As<RecommendationPart>().ThemeId,
            Status = version.As<RecommendationPart>().Status,
        };
}

internal sealed class RelatedItemIndexProvider : ContentMultiIndexProvider<RelatedItemIndex>
{
    protected override IEnumerable<RelatedItemIndex> Map(ContentItem version)
    {
        var ids = version.ContentType switch
        {
            RecommendationTypes.Recommendation => version.As<RecommendationPart>().RelatedItemIds,
            RecommendationTypes.Strategy => version.As<StrategyPart>().RelatedItemIds,
            _ => [],
        };
        // A recommendation is named by its number too, which also sorts them in the report's order.
        var title = version.ContentType == RecommendationTypes.Recommendation
            ? $"Anbefaling {version.As<RecommendationPart>().Number}: {version.DisplayText}"
            : version.DisplayText;
        return ids.Distinct().Select(id => new RelatedItemIndex { AgendaItemId = id, ContentType = version.ContentType, Title = title });
    }
}

internal sealed class InitiativeIndexProvider : ContentIndexProvider<InitiativeIndex>
{
    protected override InitiativeIndex? Map(ContentItem version) =>
        version.ContentType != RecommendationTypes.Initiative ? null : new InitiativeIndex
        {
            StrategyId = version.As<InitiativePart>().StrategyId,
            Number = version.As<InitiativePart>().Number,
            RecommendationId = string.IsNullOrEmpty(version.As<InitiativePart>().RecommendationId) ? null : version.As<InitiativePart>().RecommendationId,
        };
}

internal sealed class FollowUpIndexProvider : ContentIndexProvider<FollowUpIndex>
{
    protected override FollowUpIndex? Map(ContentItem version)
    {
        if (version.ContentType != RecommendationTypes.FollowUp)
        {
            return null;
        }

        var part = version.As<QuarterlyFollowUpPart>();
        return new FollowUpIndex
        {
            StrategyId = part.StrategyId,
            Quarter = part.Quarter,
            LatestKey = version.Latest ? $"{part.StrategyId}/{part.Quarter}" : null,
        };
    }

    protected override string? Refused(ContentItem version) =>
        version.Latest ? "Opfølgningen for kvartalet er allerede oprettet af en anden. Intet er gemt." : null;
}
