using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Contents.Scheduling;

public enum ScheduledAction
{
    /// <summary>Publish the item's latest version ("Udgiv senere").</summary>
    Publish,

    /// <summary>Take the item's published version down ("Afpublicér senere").</summary>
    Unpublish,
}

/// <summary>
/// A publish or unpublish an editor has planned for an item. The row is the schedule: Quartz only
/// wakes the portal at the time, so a restart (or a node that never saw the editor) loses nothing.
/// At most one of each action per item.
/// </summary>
public sealed class ScheduledChange
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public ScheduledAction Action { get; set; }

    public DateTime DueUtc { get; set; }

    public string? ScheduledBy { get; set; }

    public DateTime ScheduledUtc { get; set; }

    /// <summary>Why the change was refused when its time came (a rule of the type); it is then kept to be shown, not tried again.</summary>
    public string? Refusal { get; set; }
}

internal sealed class ScheduledChangeModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<ScheduledChange>(change =>
    {
        change.ToTable("ScheduledChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.ContentItemId).HasMaxLength(26);
        change.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.ScheduledBy).HasMaxLength(256);
        change.Property(c => c.Refusal).HasMaxLength(500);
        change.HasIndex(c => new { c.ContentItemId, c.Action }).IsUnique();
        change.HasIndex(c => c.DueUtc);
    });
}
