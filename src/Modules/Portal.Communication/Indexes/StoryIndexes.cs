using Microsoft.EntityFrameworkCore;
using Portal.Communication.Models;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;

namespace Portal.Communication.Indexes;

/// <summary>A story as lists find and order it.</summary>
public sealed class StoryIndex : ContentIndexRow
{
    public string Title { get; set; } = "";

    public string AreaId { get; set; } = "";

    public string Profession { get; set; } = "";

    public bool Featured { get; set; }

    /// <summary>When the version was published; null on a draft.</summary>
    public DateTime? PublishedUtc { get; set; }
}

/// <summary>One row per tag of a story version, in lower case.</summary>
public sealed class StoryTagIndex : ContentIndexRow
{
    public string Tag { get; set; } = "";
}

internal sealed class StoryIndexModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.ContentIndexRow<StoryIndex>("StoryIndex", e =>
        {
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.AreaId).HasMaxLength(26);
            e.Property(r => r.Profession).HasMaxLength(200);
            e.HasIndex(r => new { r.Published, r.PublishedUtc });
            e.HasIndex(r => new { r.AreaId, r.Published, r.PublishedUtc });
        });
        modelBuilder.ContentIndexRow<StoryTagIndex>("StoryTagIndex", e =>
        {
            e.Property(r => r.Tag).HasMaxLength(100);
            e.HasIndex(r => new { r.Tag, r.Published });
        }, uniqueVersion: false);
    }
}

internal sealed class StoryIndexProvider : ContentIndexProvider<StoryIndex>
{
    protected override StoryIndex? Map(ContentItem version)
    {
        if (version.ContentType != CommunicationTypes.Story)
        {
            return null;
        }

        var part = version.As<StoryPart>();
        return new StoryIndex
        {
            Title = version.DisplayText,
            AreaId = part.AreaId,
            Profession = part.Profession,
            Featured = part.Featured,
            PublishedUtc = version.Published ? version.PublishedUtc : null,
        };
    }
}

internal sealed class StoryTagIndexProvider : ContentMultiIndexProvider<StoryTagIndex>
{
    protected override IEnumerable<StoryTagIndex> Map(ContentItem version) =>
        version.ContentType != CommunicationTypes.Story
            ? []
            : version.As<StoryPart>().Tags.Select(StoryTags.Normalize).Where(t => t.Length > 0).Distinct().Select(tag => new StoryTagIndex { Tag = tag });
}

/// <summary>Tags as they are compared: trimmed, lower case.</summary>
public static class StoryTags
{
    public static string Normalize(string tag) => tag.Trim().ToLowerInvariant();
}
