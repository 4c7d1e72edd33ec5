using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Workflows;
using Portal.Med.Models;
using Portal.Med.Services;

namespace Portal.Med.Activities;

/// <summary>
/// For a workflow about an agenda item: carries the case on to the next planned meeting of the next
/// committee in its Sagsgang, as the secretary's "Send videre" does.
/// </summary>
public sealed class CarryToNextCommitteeActivity(IContentManager contentManager, CaseCarrying carrying) : IActivity
{
    public const string Carried = nameof(Carried);
    public const string NoNextCommittee = nameof(NoNextCommittee);
    public const string NoMeeting = nameof(NoMeeting);

    public string Name => "CarryToNextCommittee";

    public string DisplayName => "Send videre i sagsgangen";

    public string Description => "Sender et dagsordenspunkt videre til næste udvalgs næste møde i sagsgangen.";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<ActivityOutcome> Outcomes(JsonObject settings) =>
        [new(Carried, "Sendt videre"), new(NoNextCommittee, "Sagsgangen slutter her"), new(NoMeeting, "Intet møde at sende til")];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (await context.LatestContentAsync() is not { ContentType: MedTypes.AgendaItem } item)
        {
            return ActivityResult.Fault("Kun et dagsordenspunkt kan sendes videre i sagsgangen.");
        }

        var part = item.As<AgendaItemPart>();
        if (part.CarriedTo is { } already)
        {
            context.Properties["CarriedToMeeting"] = already.MeetingId;
            return ActivityResult.Done(Carried);
        }

        if (await contentManager.GetAsync(part.MeetingId, VersionOptions.Latest) is not { } meeting)
        {
            return ActivityResult.Fault("Punktets møde findes ikke længere.");
        }

        var fromCommittee = meeting.As<MeetingPart>().CommitteeId;
        if (Agenda.NextCommittee(part, fromCommittee) is not { } next)
        {
            return ActivityResult.Done(NoNextCommittee);
        }

        if (await carrying.NextMeetingOfAsync(next) is not { } target)
        {
            return ActivityResult.Done(NoMeeting);
        }

        await carrying.CarryAsync(item, fromCommittee, target);
        context.Properties["CarriedToMeeting"] = target.ContentItemId;
        return ActivityResult.Done(Carried);
    }
}
