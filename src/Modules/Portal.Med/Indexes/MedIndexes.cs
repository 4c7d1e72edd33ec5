using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;
using Portal.Med.Models;

namespace Portal.Med.Indexes;

public sealed class CommitteeIndex : ContentIndexRow
{
    public string Name { get; set; } = "";

    public string Abbreviation { get; set; } = "";

    public CommitteeKind Kind { get; set; }

    public string? ParentCommitteeId { get; set; }
}

/// <summary>One row per member with a portal account: how a user's committees are found.</summary>
public sealed class CommitteeMemberIndex : ContentIndexRow
{
    public string UserName { get; set; } = "";

    public CommitteeRole Role { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed class MeetingIndex : ContentIndexRow
{
    public string CommitteeId { get; set; } = "";

    public DateTime StartsUtc { get; set; }

    public MeetingStatus Status { get; set; }
}

public sealed class AgendaItemIndex : ContentIndexRow
{
    public string MeetingId { get; set; } = "";

    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public bool IsClosed { get; set; }

    /// <summary>Shared in confidence until then; the release job opens the item at that time.</summary>
    public DateTime? ConfidentialUntilUtc { get; set; }
}

/// <summary>The decision register: one row per decided item.</summary>
public sealed class DecisionIndex : ContentIndexRow
{
    public string CommitteeId { get; set; } = "";

    public string MeetingId { get; set; } = "";

    public DateOnly Date { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public bool IsClosed { get; set; }
}

internal sealed class MedIndexModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.ContentIndexRow<CommitteeIndex>("CommitteeIndex", e =>
        {
            e.Property(r => r.Name).HasMaxLength(300);
            e.Property(r => r.Abbreviation).HasMaxLength(50);
            e.Property(r => r.ParentCommitteeId).HasMaxLength(26);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(50);
        });
        modelBuilder.ContentIndexRow<CommitteeMemberIndex>("CommitteeMemberIndex", e =>
        {
            e.Property(r => r.UserName).HasMaxLength(256);
            e.Property(r => r.Role).HasConversion<string>().HasMaxLength(50);
            e.HasIndex(r => new { r.UserName, r.Published });
        }, uniqueVersion: false);
        modelBuilder.ContentIndexRow<MeetingIndex>("MeetingIndex", e =>
        {
            e.Property(r => r.CommitteeId).HasMaxLength(26);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(50);
            e.HasIndex(r => new { r.CommitteeId, r.Published, r.StartsUtc });
        });
        modelBuilder.ContentIndexRow<AgendaItemIndex>("AgendaItemIndex", e =>
        {
            e.Property(r => r.MeetingId).HasMaxLength(26);
            e.Property(r => r.Number).HasMaxLength(50);
            e.Property(r => r.Title).HasMaxLength(500);
            e.HasIndex(r => new { r.MeetingId, r.Published });
            e.HasIndex(r => new { r.Published, r.ConfidentialUntilUtc });
        });
        modelBuilder.ContentIndexRow<DecisionIndex>("DecisionIndex", e =>
        {
            e.Property(r => r.CommitteeId).HasMaxLength(26);
            e.Property(r => r.MeetingId).HasMaxLength(26);
            e.Property(r => r.Number).HasMaxLength(50);
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(50);
            e.HasIndex(r => new { r.Published, r.Date });
            e.HasIndex(r => new { r.CommitteeId, r.Published, r.Date });
        });
    }
}

internal sealed class CommitteeIndexProvider : ContentIndexProvider<CommitteeIndex>
{
    protected override CommitteeIndex? Map(ContentItem version) =>
        version.ContentType != MedTypes.Committee ? null : new CommitteeIndex
        {
            Name = version.DisplayText,
            Abbreviation = version.As<CommitteePart>().Abbreviation,
            Kind = version.As<CommitteePart>().Kind,
            ParentCommitteeId = version.As<CommitteePart>().ParentCommitteeId,
        };
}

internal sealed class CommitteeMemberIndexProvider : ContentMultiIndexProvider<CommitteeMemberIndex>
{
    protected override IEnumerable<CommitteeMemberIndex> Map(ContentItem version) =>
        version.ContentType != MedTypes.Committee
            ? []
            : version.As<CommitteePart>().Members
                .Where(m => !string.IsNullOrEmpty(m.UserName))
                .Select(m => new CommitteeMemberIndex { UserName = m.UserName!, Role = m.Role, From = m.From, To = m.To });
}

internal sealed class MeetingIndexProvider : ContentIndexProvider<MeetingIndex>
{
    protected override MeetingIndex? Map(ContentItem version) =>
        version.ContentType != MedTypes.Meeting ? null : new MeetingIndex
        {
            CommitteeId = version.As<MeetingPart>().CommitteeId,
            StartsUtc = version.As<MeetingPart>().StartsUtc,
            Status = version.As<MeetingPart>().Status,
        };
}

internal sealed class AgendaItemIndexProvider : ContentIndexProvider<AgendaItemIndex>
{
    protected override AgendaItemIndex? Map(ContentItem version) =>
        version.ContentType != MedTypes.AgendaItem ? null : new AgendaItemIndex
        {
            MeetingId = version.As<AgendaItemPart>().MeetingId,
            Number = version.As<AgendaItemPart>().Number,
            Title = version.DisplayText,
            IsClosed = version.As<AgendaItemPart>().IsClosed,
            ConfidentialUntilUtc = version.As<AgendaItemPart>().ConfidentialUntilUtc,
        };
}

internal sealed class DecisionIndexProvider : ContentIndexProvider<DecisionIndex>
{
    protected override DecisionIndex? Map(ContentItem version)
    {
        if (version.ContentType != MedTypes.AgendaItem || version.As<AgendaItemPart>() is not { Decision: { } decision } item)
        {
            return null;
        }

        return new DecisionIndex
        {
            CommitteeId = decision.CommitteeId,
            MeetingId = item.MeetingId,
            Date = decision.Date,
            Outcome = decision.Outcome,
            Number = item.Number,
            Title = version.DisplayText,
            IsClosed = item.IsClosed,
        };
    }
}
