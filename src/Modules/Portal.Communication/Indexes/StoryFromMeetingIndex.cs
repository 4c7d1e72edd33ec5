using Microsoft.EntityFrameworkCore;
using Portal.Communication.Models;
using Portal.Core.Content;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;

namespace Portal.Communication.Indexes;

/// <summary>A story made from a meeting's "Kommunikation fra mødet": which agenda item and meeting it came from.</summary>
public sealed class StoryFromMeetingIndex : ContentIndexRow
{
    public string AgendaItemId { get; set; } = "";

    public string MeetingId { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>
    /// The agenda item while this version is the story's latest, else null: the column the database
    /// keeps unique, so an agenda item makes at most one story, however many ask at once.
    /// </summary>
    public string? LatestAgendaItemId { get; set; }
}

internal sealed class StoryFromMeetingIndexModel : IDbModelContributor
{
    public const string LatestAgendaItemIndex = "IX_StoryFromMeetingIndex_LatestAgendaItemId";

    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.ContentIndexRow<StoryFromMeetingIndex>("StoryFromMeetingIndex", e =>
        {
            e.Property(r => r.AgendaItemId).HasMaxLength(26);
            e.Property(r => r.MeetingId).HasMaxLength(26);
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.LatestAgendaItemId).HasMaxLength(26);
            e.HasIndex(r => new { r.AgendaItemId, r.Published });
            e.HasIndex(r => new { r.AgendaItemId, r.Latest });
            e.HasIndex(r => r.LatestAgendaItemId).IsUnique().HasFilter("\"LatestAgendaItemId\" IS NOT NULL").HasDatabaseName(LatestAgendaItemIndex);
        });
}

internal sealed class StoryFromMeetingIndexProvider : ContentIndexProvider<StoryFromMeetingIndex>
{
    public const string AlreadyMade = "Der er allerede lavet en historie fra dette punkt. Intet er oprettet.";

    protected override StoryFromMeetingIndex? Map(ContentItem version)
    {
        if (version.ContentType != CommunicationTypes.Story || !version.Has(nameof(StoryFromMeetingPart)))
        {
            return null;
        }

        var part = version.As<StoryFromMeetingPart>();
        return part.AgendaItemId.Length == 0
            ? null
            : new StoryFromMeetingIndex
            {
                AgendaItemId = part.AgendaItemId,
                MeetingId = part.MeetingId,
                Title = version.DisplayText,
                LatestAgendaItemId = version.Latest ? part.AgendaItemId : null,
            };
    }

    protected override string? Refused(ContentItem version) =>
        version.Latest && version.Has(nameof(StoryFromMeetingPart)) && version.As<StoryFromMeetingPart>().AgendaItemId.Length > 0 ? AlreadyMade : null;
}
