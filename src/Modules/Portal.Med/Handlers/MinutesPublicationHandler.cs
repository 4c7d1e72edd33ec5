using Portal.Core.Content.Handlers;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Handlers;

/// <summary>
/// Records when a meeting's minutes were published, for the minutes feed: the version's own
/// publication time changes with every correction, and an imported meeting's with the import.
/// </summary>
/// <remarks>
/// Decided when a meeting version is published, against the version published until now:
/// <list type="bullet">
/// <item>minutes already published: the time stays (a correction is not a new publication);</item>
/// <item>minutes being published now: the time is now, unless the meeting has no published version
/// yet and brings a time of its own (a recipe or an import of earlier minutes);</item>
/// <item>any other status: no time (minutes taken back; publishing them again dates them again).</item>
/// </list>
/// Drafts are left alone: minutes in a draft are not published. A committee whose minutes need
/// approval (<see cref="Services.MinutesApproval"/>) cannot have them published without the approval.
/// </remarks>
internal sealed class MinutesPublicationHandler(Portal.Core.Content.Visibility.IContentVisibility visibility, TimeProvider clock) : IContentHandler
{
    public async Task PublishingAsync(ContentContext context)
    {
        var version = context.ContentItem;
        if (version.ContentType != MedTypes.Meeting)
        {
            return;
        }

        var part = version.As<MeetingPart>();
        var publishedStatus = context.PublishedBefore?.As<MeetingPart>().Status;
        if (part.Status == MeetingStatus.MinutesPublished && publishedStatus is not null and not MeetingStatus.MinutesPublished
            && string.IsNullOrWhiteSpace(part.MinutesApproval) && await MinutesApproval.IsNeededAsync(visibility, part.CommitteeId))
        {
            context.Cancel(MinutesApproval.SendInstead);
            return;
        }

        var time = part.Status != MeetingStatus.MinutesPublished
            ? null
            : publishedStatus switch
            {
                MeetingStatus.MinutesPublished => part.MinutesPublishedUtc,
                null when part.MinutesPublishedUtc is not null => part.MinutesPublishedUtc,
                _ => clock.GetUtcNow().UtcDateTime,
            };

        // Minutes taken back lose their approval: publishing them again needs a new one.
        var approval = part.Status == MeetingStatus.MinutesPublished ? part.MinutesApproval : null;
        if (time != part.MinutesPublishedUtc || approval != part.MinutesApproval)
        {
            part.MinutesPublishedUtc = time;
            part.MinutesApproval = approval;
            version.Apply(part);
        }
    }
}
