using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Contents.Following;

/// <summary>A user follows an item (a committee, a story area): what it brings shows on their front page.</summary>
public sealed class ContentFollow
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public DateTime FollowedUtc { get; set; }
}

internal sealed class ContentFollowModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<ContentFollow>(follow =>
    {
        follow.ToTable("ContentFollows");
        follow.HasKey(f => f.Id);
        follow.Property(f => f.UserId).HasMaxLength(450);
        follow.Property(f => f.ContentItemId).HasMaxLength(26);
        follow.Property(f => f.ContentType).HasMaxLength(100);
        follow.HasIndex(f => new { f.UserId, f.ContentItemId }).IsUnique();
        follow.HasIndex(f => f.ContentItemId);
    });
}
