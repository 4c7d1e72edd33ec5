using System.Globalization;
using Portal.Contents.Search;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Display;
using Portal.Core.Search;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Search;

/// <summary>
/// Committees, meetings and agenda items as their pages show them: a meeting and its items under
/// the committee's name and the meeting's date. What belongs to the minutes (decisions, attendance,
/// approval) is searchable only once the minutes are published, as the pages show it only then.
/// </summary>
internal sealed class MedSearchIndex(IContentDefinitionManager definitions, TimeProvider clock) : ISearchIndexHandler
{
    public async Task BuildAsync(SearchIndexContext context)
    {
        var described = context.ContentItem.ContentType switch
        {
            MedTypes.Committee => Committee(context),
            MedTypes.Meeting => await MeetingAsync(context),
            MedTypes.AgendaItem => await AgendaItemAsync(context),
            _ => false,
        };

        if (described)
        {
            // Only those who may open MED's pages find what is on them.
            context.Document.RequiredPermission = Permissions.ViewMed;
        }

        // Fields added to the types at run time show on the pages, so they are found too.
        if (described && await definitions.GetTypeDefinitionAsync(context.ContentItem.ContentType) is { } type)
        {
            ContentFieldTexts.AddTo(context.Document, context.ContentItem, type);
        }
    }

    private bool Committee(SearchIndexContext context)
    {
        var committee = context.ContentItem;
        var part = committee.As<CommitteePart>();
        var document = context.Document;
        document.TypeLabel = "Udvalg";
        document.Url = $"/committees/{committee.ContentItemId}";
        document.Committee = committee.DisplayText;
        document.AddText(MedText.Of(part.Kind));
        document.AddText(part.Abbreviation);
        document.AddText(part.Description);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var member in part.Members.Where(m => m.IsActiveOn(today)))
        {
            document.AddText(member.Name);
        }

        return true;
    }

    private static async Task<bool> MeetingAsync(SearchIndexContext context)
    {
        var meeting = context.ContentItem;
        var part = meeting.As<MeetingPart>();
        var committee = await CommitteeNameAsync(context, part.CommitteeId);
        var minutes = part.Status == MeetingStatus.MinutesPublished;
        var document = context.Document;
        document.TypeLabel = "Møde";
        document.Url = $"/meetings/{meeting.ContentItemId}";
        document.Committee = committee;
        document.DateUtc = part.StartsUtc;
        if (committee is not null)
        {
            // The meeting page's own heading: "Referat: Hovedudvalget 27-04-2023".
            var day = DanishClock.Local(part.StartsUtc).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            document.Title = $"{(minutes ? "Referat" : "Dagsorden")}: {committee} {day}";
        }

        document.AddText(part.Location);
        if (minutes)
        {
            document.AddText(part.MinutesApproval);
            foreach (var attendance in part.Attendance)
            {
                document.AddText(attendance.Name);
            }
        }

        return true;
    }

    private static async Task<bool> AgendaItemAsync(SearchIndexContext context)
    {
        var item = context.ContentItem;
        var part = item.As<AgendaItemPart>();

        // An item is read on its meeting's page and its own, both only while the meeting is published.
        if (await context.PublishedOfAsync(part.MeetingId) is not { ContentType: MedTypes.Meeting } meeting)
        {
            return false;
        }

        var meetingPart = meeting.As<MeetingPart>();
        var document = context.Document;
        document.TypeLabel = "Dagsordenspunkt";
        document.Url = $"/items/{item.ContentItemId}";
        document.Committee = await CommitteeNameAsync(context, meetingPart.CommitteeId);
        document.DateUtc = meetingPart.StartsUtc;
        AgendaItemTexts.Add(document, part, withMinutes: meetingPart.Status == MeetingStatus.MinutesPublished);
        return true;
    }

    private static async Task<string?> CommitteeNameAsync(SearchIndexContext context, string committeeId) =>
        string.IsNullOrEmpty(committeeId) ? null
            : await context.PublishedOfAsync(committeeId) is { ContentType: MedTypes.Committee } committee ? committee.DisplayText
            : null;
}
